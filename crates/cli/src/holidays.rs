//! `meridian holidays`: a country's or region's public holidays from the generated data files
//! (`data/holidays/CC.txt`, the files the app fetches).

use crate::Failure;
use meridian_engine::holidays::{
    holidays_for, split_place, CountryHolidays, HolidayKind, Scope, MAX_FILE_BYTES,
};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The environment variable naming the holiday data folder.
pub const DATA_ENV: &str = "MERIDIAN_HOLIDAYS";

#[derive(clap::Args)]
pub struct Args {
    /// A country, or a country and region (ISO 3166): DE, DE-BE, ES-VC, IT-MI, US-TX.
    place: String,
    /// Only this year (the data covers 2025–2030).
    #[arg(long)]
    year: Option<i32>,
    /// Write a JSON array instead of lines.
    #[arg(long)]
    json: bool,
    /// The folder holding the holiday files (DE.txt, index.txt). Without it: $MERIDIAN_HOLIDAYS,
    /// else data/holidays in the folder of the meridian binary or any folder above it (a build
    /// in the repository finds the repository's), else in the current folder or any above it.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

/// `data/holidays` under `start` or the nearest folder above it that has one.
fn search_up(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("data").join("holidays"))
        .find(|dir| dir.join("index.txt").is_file())
}

/// The data folder, by the rule `--data` explains.
pub(crate) fn data_dir(given: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os(DATA_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(search_up));
    let below_here = || std::env::current_dir().ok().and_then(|d| search_up(&d));
    beside_binary.or_else(below_here).ok_or_else(|| {
        Failure::Input(format!(
            "cannot find the holiday data (a folder data/holidays with index.txt) beside the \
             meridian binary or above the current folder; give --data DIR or set {DATA_ENV}"
        ))
    })
}

pub(crate) fn read_country(dir: &Path, country: &str) -> Result<CountryHolidays, Failure> {
    let path = dir.join(format!("{country}.txt"));
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let hint = if dir.join("index.txt").is_file() {
                format!(
                    "{} lists the countries there are",
                    dir.join("index.txt").display()
                )
            } else {
                format!(
                    "{} is not a holiday data folder (it has no index.txt)",
                    dir.display()
                )
            };
            return Err(Failure::Input(format!(
                "no public holidays for country \"{country}\": {} does not exist; {hint}",
                path.display()
            )));
        }
        Err(e) => return Err(Failure::Input(format!("{}: {e}", path.display()))),
    };
    let mut bytes = Vec::new();
    // One byte over the limit is enough for the engine to refuse the file as too large.
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    CountryHolidays::from_bytes(&bytes)
        .map_err(|e| Failure::Input(format!("{}: {}", path.display(), crate::said(&e))))
}

fn kind_note(kind: HolidayKind) -> &'static str {
    match kind {
        HolidayKind::Holiday => "",
        HolidayKind::Observed => "  [observed: the holiday falls on another day]",
        HolidayKind::Substituted => "  [substituted: a day off for a working day elsewhere]",
    }
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let (country, region) = split_place(&args.place)?;
    let dir = data_dir(args.data)?;
    let file = read_country(&dir, &country)?;
    let first = *file.years.start();
    let last = *file.years.end();
    let years = match args.year {
        Some(y) if !file.covers(y) => {
            return Err(Failure::Input(format!(
                "the holiday data covers {first} to {last}, not {y}"
            )))
        }
        Some(y) => y..=y,
        None => file.years.clone(),
    };
    let list = holidays_for(&file, region, years.clone())?;
    // The region as the file spells it (`be` was asked, `BE` is shown).
    let place = match region.and_then(|r| file.region(r)) {
        Some(r) => format!("{country}-{r}"),
        None => country.clone(),
    };
    if args.json {
        let items: Vec<serde_json::Value> = list
            .iter()
            .map(|h| {
                let (everywhere, national) = match &h.scope {
                    Scope::Everywhere => (true, true),
                    Scope::Listed { national, .. } => (false, *national),
                };
                serde_json::json!({
                    "date": h.date.to_string(),
                    "weekday": h.date.weekday().short_name(),
                    "local_name": h.local_name,
                    "english_name": h.english_name,
                    "kind": h.kind.as_str(),
                    "observed": h.observed(),
                    "everywhere": everywhere,
                    "national": national,
                    "regions": file.region_codes(h).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(items));
        return Ok(ExitCode::SUCCESS);
    }
    let span = if years.start() == years.end() {
        years.start().to_string()
    } else {
        format!("{}–{}", years.start(), years.end())
    };
    if list.is_empty() {
        println!("{place}: no public holidays in {span} ({})", file.source);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{place}: {} public holiday{} in {span} ({})",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        file.source
    );
    for h in list {
        let english = if h.english_name == h.local_name {
            String::new()
        } else {
            format!(" ({})", h.english_name)
        };
        println!(
            "{} {}  {}{english}{}",
            h.date,
            h.date.weekday(),
            h.local_name,
            kind_note(h.kind)
        );
    }
    Ok(ExitCode::SUCCESS)
}
