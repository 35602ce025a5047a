//! `meridian link`: share links from a terminal, the same ones the app makes and opens.

use crate::load;
use crate::Failure;
use meridian_engine::link::{decode, encode, LinkKind};
use meridian_engine::schedule::{CampusId, CohortId};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Prints the share link of a schedule file.
    Encode {
        /// A schedule file (JSON, format meridian/1).
        file: PathBuf,
        /// A read-only link for the student timetable instead of an edit link.
        #[arg(long)]
        view: bool,
        /// Narrows a view link to the sessions this campus takes part in (a campus id).
        #[arg(long, requires = "view")]
        campus: Option<String>,
        /// Narrows a view link to the sessions this cohort attends (a cohort id).
        #[arg(long, requires = "view")]
        cohort: Option<String>,
        /// Where Meridian is served (its folder or planner page): an edit link is this URL
        /// with the schedule after `#`; a view link is the student timetable's page beside it
        /// (`timetable.html`), as the app's Share dialog makes it.
        #[arg(long, default_value = "http://127.0.0.1:8080/")]
        base: String,
        /// Prints the link's QR form (`#Q1.` and base32, which QR codes hold more compactly).
        #[arg(long)]
        qr: bool,
        /// Also writes the QR code as SVG to this file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Prints the schedule a link holds, as JSON (exit 2 with the reason on a bad link).
    Decode {
        /// The link, its fragment (`#s1.…`) or `-` to read it from standard input.
        link: String,
    },
}

pub fn run(command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Encode {
            file,
            view,
            campus,
            cohort,
            base,
            qr,
            svg,
        } => {
            let schedule = load(&file)?;
            crate::check_scope(&schedule, &file, campus.as_deref(), cohort.as_deref())?;
            let kind = if view {
                LinkKind::View {
                    campus: campus.map(CampusId),
                    cohort: cohort.map(CohortId),
                }
            } else {
                LinkKind::Edit
            };
            // Where the link points: the engine's rule, the Share dialog's too.
            let page = meridian_engine::link::page_for(&base, &kind);
            if let Some(path) = svg {
                let code = meridian_engine::link::qr(&page, &schedule, &kind).ok_or_else(|| {
                    Failure::Input(
                        "this schedule is too large for one QR code; share the link instead"
                            .to_string(),
                    )
                })?;
                std::fs::write(&path, code.svg)
                    .map_err(|e| Failure::Input(format!("cannot write {}: {e}", path.display())))?;
            }
            let text = if qr {
                meridian_engine::link::encode_for_qr(&schedule, &kind)?
            } else {
                encode(&schedule, &kind)?
            };
            println!("{page}#{text}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Decode { link } => {
            let text = if link == "-" {
                // One byte over the limit is enough for the engine to refuse the text.
                let limit = meridian_engine::link::MAX_LINK_TEXT_BYTES as u64 + 1;
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .take(limit)
                    .read_to_end(&mut bytes)
                    .map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                link
            };
            let shared = decode(&text)?;
            println!("{}", shared.schedule.to_json());
            Ok(ExitCode::SUCCESS)
        }
    }
}
