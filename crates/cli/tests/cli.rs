//! Runs the real `meridian` binary as a user or a script would.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn meridian(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meridian"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn example(name: &str) -> String {
    format!("{}/../../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn version_names_the_tzdb() {
    let o = meridian(&["--version"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), "meridian 0.1.0 (IANA tzdb 2025b)");
}

#[test]
fn convert_json_reports_a_gap_and_the_local_times() {
    let o = meridian(&[
        "convert",
        "--zone",
        "Europe/Berlin",
        "--at",
        "2026-03-29T02:30",
        "--to",
        "America/Santiago",
        "--to",
        "Pacific/Auckland",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["instant"], "2026-03-29T01:30:00Z");
    assert_eq!(v["resolution"], "gap");
    assert_eq!(v["local"][0]["zone"], "America/Santiago");
    assert_eq!(v["local"][0]["datetime"], "2026-03-28T22:30:00");
    assert_eq!(v["local"][0]["offset"], "-03:00");
    assert_eq!(v["local"][0]["weekday"], "Sat");
    assert_eq!(v["local"][1]["datetime"], "2026-03-29T14:30:00");
    assert_eq!(v["local"][1]["offset"], "+13:00");
    assert_eq!(v["gap"]["skipped_from"], "2026-03-29T02:00:00");
}

#[test]
fn convert_fold_takes_earlier_or_later_as_asked() {
    for (d, instant) in [
        ("compatible", "2026-11-01T05:30:00Z"),
        ("earlier", "2026-11-01T05:30:00Z"),
        ("later", "2026-11-01T06:30:00Z"),
    ] {
        let o = meridian(&[
            "convert",
            "--zone",
            "America/Toronto",
            "--at",
            "2026-11-01T01:30",
            "--disambiguation",
            d,
            "--json",
        ]);
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(
            (
                v["instant"].as_str().unwrap(),
                v["resolution"].as_str().unwrap()
            ),
            (instant, "fold"),
            "{d}"
        );
    }
}

#[test]
fn convert_reject_on_a_gap_exits_1_with_a_clear_message() {
    let o = meridian(&[
        "convert",
        "--zone",
        "Europe/Berlin",
        "--at",
        "2026-03-29T02:30",
        "--disambiguation",
        "reject",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("does not exist in Europe/Berlin: the clocks skip 02:00–03:00"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn convert_unknown_zone_exits_2_and_suggests() {
    let o = meridian(&[
        "convert",
        "--zone",
        "Pacific/Aukland",
        "--at",
        "2026-03-29T02:30",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean Pacific/Auckland?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn convert_batch_answers_every_line_and_goes_on_after_errors() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meridian"))
        .args(["convert", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Europe/Berlin 2026-03-29T02:30 reject\n# comment\nPacific/Auckland 2026-03-02T08:00 Europe/Berlin America/Toronto\nNowhere/Place 2026-01-01T00:00\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failed line makes the run exit 1"
    );
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["error"]
        .as_str()
        .unwrap()
        .contains("does not exist"));
    assert_eq!(lines[1]["local"][0]["weekday"], "Sun");
    assert_eq!(lines[1]["local"][1]["datetime"], "2026-03-01T14:00:00");
    assert_eq!(lines[2]["line"], 4);
}

#[test]
fn occurrences_json_lists_local_times_per_campus() {
    let o = meridian(&[
        "occurrences",
        &example("gma-spring-2027.json"),
        "--from",
        "2027-03-01",
        "--to",
        "2027-03-01",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let opening = &v[0];
    assert_eq!(opening["session"], "opening");
    assert_eq!(opening["start"], "2027-02-28T19:00:00Z");
    assert_eq!(opening["end"], "2027-02-28T20:00:00Z");
    let toronto = opening["local"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["campus"] == "toronto")
        .unwrap();
    assert_eq!(
        (toronto["start"].as_str(), toronto["weekday"].as_str()),
        (Some("2027-02-28T14:00:00"), Some("Sun"))
    );
}

#[test]
fn occurrences_on_a_bad_file_exit_2_naming_file_path_and_problem() {
    let dir = std::env::temp_dir().join(format!("meridian-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.json");
    let text = std::fs::read_to_string(example("enhance-autumn-2026.json"))
        .unwrap()
        .replace(
            "\"ntnu-msc1\", \"chalmers-msc1\", \"wut-msc1\"",
            "\"ntnu-msc1\", \"kth-msc1\"",
        );
    std::fs::write(&file, text).unwrap();
    let o = meridian(&["occurrences", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("bad.json: sessions[1].cohorts[1]: session \"hydrogen-lab\" refers to cohort \"kth-msc1\""), "{e}");
    let o = meridian(&["occurrences", "/nonexistent/schedule.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/schedule.json"));
}

#[test]
fn zones_finds_a_campus_city() {
    let o = meridian(&["zones", "Trondheim"]);
    assert!(
        stdout(&o).starts_with("Europe/Oslo  (Trondheim)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn check_lists_conflicts_as_json_and_exits_1_on_errors() {
    let o = meridian(&["check", &example("enhance-autumn-2026.json"), "--json"]);
    assert_eq!(o.status.code(), Some(1), "the demo has errors on purpose");
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let all = v.as_array().unwrap();
    for c in all {
        for field in [
            "kind", "severity", "message", "start", "campuses", "sessions",
        ] {
            assert!(c.get(field).is_some(), "{field} in {c}");
        }
    }
    let starts: Vec<&str> = all.iter().map(|c| c["start"].as_str().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "ordered by start");
    let clash = all
        .iter()
        .find(|c| c["kind"] == "cohort-double-booked")
        .unwrap();
    assert_eq!(clash["severity"], "error");
    assert_eq!(
        clash["sessions"],
        serde_json::json!(["markets", "markets-tutorial"])
    );
    let drift = all
        .iter()
        .find(|c| c["kind"] == "daylight-saving-drift")
        .unwrap();
    assert_eq!(drift["severity"], "info");
    assert_eq!(drift["drift"][0]["segments"][1]["local_start"], "15:00");
}

#[test]
fn check_severity_filters_and_a_clean_schedule_exits_0() {
    let o = meridian(&[
        "check",
        &example("enhance-autumn-2026.json"),
        "--severity",
        "error",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["severity"] == "error"));
    let dir = std::env::temp_dir().join(format!("meridian-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("clean.json");
    std::fs::write(
        &file,
        r#"{"format":"meridian/1","id":"c","name":"c","term":{"start":"2026-09-07","end":"2026-09-30"},
        "campuses":[{"id":"tub","name":"TU Berlin","short":"TUB","city":"Berlin","zone":"Europe/Berlin"}],
        "sessions":[{"id":"a","title":"A","host":"tub","start":"2026-09-08T10:00","duration_minutes":60,"repeat":{}}]}"#,
    )
    .unwrap();
    let o = meridian(&["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o).trim(), "0 errors, 0 warnings, 0 infos");
    let o = meridian(&["check", "/nonexistent.json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn link_encode_then_decode_gives_the_schedule_back() {
    let file = example("gma-spring-2027.json");
    let o = meridian(&[
        "link",
        "encode",
        &file,
        "--base",
        "https://meridian.example/",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let link = stdout(&o).trim().to_string();
    assert!(link.starts_with("https://meridian.example/#s1."), "{link}");
    let o = meridian(&["link", "decode", &link]);
    assert!(o.status.success(), "{}", stderr(&o));
    let decoded: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(decoded["id"], original["id"]);
    assert_eq!(decoded["sessions"], original["sessions"]);
    // Decoding then encoding gives the same link.
    let tmp = std::env::temp_dir().join(format!("meridian-link-{}.json", std::process::id()));
    std::fs::write(&tmp, stdout(&o)).unwrap();
    let again = meridian(&[
        "link",
        "encode",
        tmp.to_str().unwrap(),
        "--base",
        "https://meridian.example/",
    ]);
    assert_eq!(stdout(&again).trim(), link);
    let _ = std::fs::remove_file(tmp);
}

#[test]
fn link_encode_narrows_a_view_link_to_a_cohort() {
    let file = example("enhance-autumn-2026.json");
    let o = meridian(&["link", "encode", &file, "--view", "--cohort", "polimi-msc1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = meridian(&["link", "decode", stdout(&o).trim()]);
    let decoded: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for s in decoded["sessions"].as_array().unwrap() {
        assert!(s["cohorts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "polimi-msc1"));
    }
    let o = meridian(&["link", "encode", &file, "--view", "--cohort", "nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no cohort \"nobody\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn link_decode_of_a_cut_link_exits_2_and_says_so() {
    let file = example("enhance-autumn-2026.json");
    let o = meridian(&["link", "encode", &file]);
    let link = stdout(&o).trim().to_string();
    let o = meridian(&["link", "decode", &link[..link.len() - 40]]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("this link was cut off"),
        "{}",
        stderr(&o)
    );
    let o = meridian(&["link", "decode", "#s9.abc"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("newer Meridian"), "{}", stderr(&o));
}

#[test]
fn output_cut_short_by_a_closed_pipe_is_not_a_panic() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_meridian"))
        .args([
            "occurrences",
            &example("enhance-autumn-2026.json"),
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reader has gone (its end of the pipe is dropped above).
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn ics_writes_a_calendar_and_refuses_an_unknown_cohort() {
    let file = example("enhance-autumn-2026.json");
    let o = meridian(&["ics", &file, "--stamp", "2026-11-24T12:00:00Z"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 7);
    let o = meridian(&["ics", &file, "--cohort", "nobody"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no cohort \"nobody\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn busy_attaches_a_calendar_and_check_reports_the_clash() {
    let dir = std::env::temp_dir().join(format!("meridian-busy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ics = dir.join("timeedit.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Oslo:20261027T101500\r\nDTEND;TZID=Europe/Oslo:20261027T120000\r\nSUMMARY:Thermodynamics\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let out = dir.join("with-busy.json");
    let o = meridian(&[
        "busy",
        &example("enhance-autumn-2026.json"),
        ics.to_str().unwrap(),
        "--cohort",
        "ntnu-msc1",
        "--name",
        "NTNU TimeEdit",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim(), "1 busy block in the term");
    let o = meridian(&["check", out.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let all: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let busy: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "busy-elsewhere")
        .collect();
    assert_eq!(busy.len(), 1);
    assert!(busy[0]["message"]
        .as_str()
        .unwrap()
        .contains("(Thermodynamics, from NTNU TimeEdit) when Midterm exam meets"));
    // A broken calendar names its line and changes nothing.
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:yesterday\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .unwrap();
    let o = meridian(&[
        "busy",
        &example("enhance-autumn-2026.json"),
        ics.to_str().unwrap(),
        "--cohort",
        "ntnu-msc1",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 3"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn suggest_offers_conflict_free_starts_for_the_clashing_tutorial() {
    let file = example("enhance-autumn-2026.json");
    let o = meridian(&["suggest", &file, "markets-tutorial", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["zone"], "Europe/Rome");
    assert_eq!(v["now"]["start"], "2026-09-08T10:30");
    assert_eq!(v["now"]["errors"], 3);
    let better = v["better"].as_array().unwrap();
    assert_eq!(better.len(), 5);
    assert_eq!(better[0]["start"], "2026-09-09T10:30");
    assert_eq!(better[0]["errors"], 0);
    assert_eq!(better[0]["warnings"], 0);
    // As text: the session now, then one line per suggestion.
    let text = stdout(&meridian(&[
        "suggest",
        &file,
        "markets-tutorial",
        "--limit",
        "2",
    ]));
    assert!(
        text.starts_with("Markets tutorial (times in Milan), now Tue 2026-09-08 10:30: 3 errors")
    );
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.contains("  Wed 2026-09-09 10:30: no conflicts"));
}

#[test]
fn suggest_names_the_sessions_when_the_id_is_unknown() {
    let o = meridian(&["suggest", &example("enhance-autumn-2026.json"), "lab"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no session \"lab\"; it has energy-systems, hydrogen-lab"));
}

#[test]
fn suggest_for_one_week_counts_only_that_weeks_holiday() {
    let file = example("enhance-autumn-2026.json");
    let o = meridian(&[
        "suggest",
        &file,
        "energy-systems",
        "--week",
        "2026-10-12",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["now"]["start"], "2026-10-12T10:15");
    assert_eq!(v["now"]["errors"], 1);
    assert!(v["now"]["first_problem"]
        .as_str()
        .unwrap()
        .contains("Hispanic Day"));
    let best = &v["better"][0];
    assert_eq!(
        (best["errors"].as_u64(), best["warnings"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(best["start"].as_str().unwrap().starts_with("2026-10-1"));
    let bad = meridian(&["suggest", &file, "energy-systems", "--week", "2026-10-13"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("has no occurrence on 2026-10-13"),
        "{}",
        stderr(&bad)
    );
}

// ---- Issue 15: input from the real world and from attackers ----

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meridian"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    o
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("meridian-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn convert_batch_answers_every_line_after_an_invalid_byte() {
    let o = with_stdin(
        &["convert", "-"],
        b"Europe/Berlin 2026-03-29T02:30\nEurope/Berlin 2026-03-29T\xff02:30\nPacific/Auckland 2026-03-02T08:00\n",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{}", stdout(&o));
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not UTF-8"));
    assert_eq!(lines[2]["resolution"], "exact");
}

#[test]
fn convert_batch_answers_a_huge_line_with_an_excerpt_and_goes_on() {
    let mut input = vec![b'x'; 5_000_000];
    input.extend_from_slice(b"\nEurope/Berlin 2026-03-29T02:30\n");
    let o = with_stdin(&["convert", "-"], &input);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(out.len() < 2000, "{} bytes of output", out.len());
    assert_eq!(lines[1]["resolution"], "gap");
}

#[test]
fn a_schedule_file_with_a_byte_order_mark_or_in_utf16_is_read() {
    let text = std::fs::read_to_string(example("gma-spring-2027.json")).unwrap();
    let mut bom = vec![0xef, 0xbb, 0xbf];
    bom.extend_from_slice(text.as_bytes());
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes) in [("bom.json", bom), ("utf16.json", utf16)] {
        let path = temp_file(name, &bytes);
        let o = meridian(&["occurrences", path.to_str().unwrap(), "--json"]);
        let _ = std::fs::remove_file(&path);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
    }
}

#[test]
fn a_schedule_file_with_an_invalid_byte_names_its_line_and_column() {
    let text = std::fs::read_to_string(example("gma-spring-2027.json")).unwrap();
    let mut bytes = text.into_bytes();
    let at = bytes.windows(7).position(|w| w == b"Opening").unwrap();
    bytes[at + 2] = 0xff;
    let path = temp_file("bad-utf8.json", &bytes);
    let o = meridian(&["check", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(": line "), "{}", stderr(&o));
    assert!(stderr(&o).contains("not UTF-8"), "{}", stderr(&o));
}

#[test]
fn link_decode_opens_a_link_from_outlook_safe_links_and_from_a_quoted_mail() {
    let file = example("gma-spring-2027.json");
    let o = meridian(&[
        "link",
        "encode",
        &file,
        "--base",
        "https://meridian.example/",
    ]);
    let link = stdout(&o).trim().to_string();
    let encoded: String = link
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let safe = format!(
        "https://eur01.safelinks.protection.outlook.com/?url={encoded}&data=05%7C02%7C&reserved=0"
    );
    let o = meridian(&["link", "decode", &safe]);
    assert!(o.status.success(), "{}", stderr(&o));
    let quoted: String = link
        .as_bytes()
        .chunks(70)
        .map(|c| format!("> {}\n", String::from_utf8_lossy(c)))
        .collect();
    let o = with_stdin(
        &["link", "decode", "-"],
        format!("> See <\n{quoted}> >.\n").as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"meridian/1\""));
}

#[test]
fn link_encode_refuses_a_schedule_too_large_for_a_link_naming_the_limit() {
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(example("gma-spring-2027.json")).unwrap())
            .unwrap();
    let notes: String = (0..1_100_000u32)
        .map(|i| char::from(b'a' + (i.wrapping_mul(2_654_435_761) >> 27) as u8 % 26))
        .collect();
    v["sessions"][0]["notes"] = notes.into();
    let path = temp_file("huge-notes.json", v.to_string().as_bytes());
    let o = meridian(&["link", "encode", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).contains("too large for a share link"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("at most"), "{}", stderr(&o));
}

#[test]
fn a_start_with_seconds_and_a_repeat_list_are_refused_with_their_paths() {
    let text = std::fs::read_to_string(example("gma-spring-2027.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["sessions"][0]["start"] = "2027-03-01T08:00:30".into();
    let path = temp_file("seconds.json", v.to_string().as_bytes());
    let o = meridian(&["check", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sessions[0].start:"), "{}", stderr(&o));
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["sessions"][0]["repeat"] = serde_json::json!([]);
    let path = temp_file("repeat.json", v.to_string().as_bytes());
    let o = meridian(&["check", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sessions[0].repeat:"), "{}", stderr(&o));
}

#[test]
fn a_huge_unknown_zone_name_is_refused_quickly_with_an_excerpt() {
    let text = std::fs::read_to_string(example("gma-spring-2027.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["campuses"][0]["zone"] = "Q".repeat(1_000_000).into();
    let path = temp_file("huge-zone.json", v.to_string().as_bytes());
    let start = std::time::Instant::now();
    let o = meridian(&["check", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).len() < 1000, "{} bytes", stderr(&o).len());
}

/// The ids an unknown-cohort error lists come from the file: a schedule with 300 cohorts lists
/// twenty and says how many more, instead of echoing every one.
#[test]
fn unknown_cohort_lists_at_most_twenty_of_the_files_cohorts() {
    let mut v: Value = serde_json::from_str(
        &std::fs::read_to_string(example("enhance-autumn-2026.json")).unwrap(),
    )
    .unwrap();
    let campus = v["campuses"][0]["id"].clone();
    v["cohorts"] = (0..300)
        .map(|k| serde_json::json!({"id": format!("c{k}"), "name": format!("C{k}"), "campus": campus}))
        .collect::<Vec<_>>()
        .into();
    for s in v["sessions"].as_array_mut().unwrap() {
        s["cohorts"] = serde_json::json!([]);
    }
    let file = temp_file("many-cohorts.json", v.to_string().as_bytes());
    let o = meridian(&["ics", file.to_str().unwrap(), "--cohort", "nope"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("c19, and 280 more"), "{err}");
    assert!(!err.contains("c20,"), "{err}");
}

fn meridian_in(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_meridian"));
    c.args(args)
        .current_dir(dir)
        .env_remove("MERIDIAN_HOLIDAYS");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

#[test]
fn holidays_lists_a_regions_days_with_local_and_english_names() {
    // Run from / : the data is found from the binary's place in the repository.
    let o = meridian_in(
        std::path::Path::new("/"),
        &[],
        &["holidays", "DE-NW", "--year", "2026"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("DE-NW: 11 public holidays in 2026 (holidays 0.108)\n"),
        "{out}"
    );
    assert!(
        out.contains("\n2026-06-04 Thu  Fronleichnam (Corpus Christi)\n"),
        "{out}"
    );
    // Berlin keeps Women's Day and not Corpus Christi.
    let berlin = stdout(&meridian(&["holidays", "de-be", "--year", "2026"]));
    assert!(berlin.starts_with("DE-BE: 10 public holidays"), "{berlin}");
    assert!(berlin.contains("2026-03-08 Sun  Frauentag (Women's Day)"));
    assert!(!berlin.contains("Fronleichnam"));
    // An observed day says so.
    let eng = stdout(&meridian(&["holidays", "GB-ENG", "--year", "2026"]));
    assert!(eng.contains(
        "2026-12-28 Mon  Boxing Day (observed)  [observed: the holiday falls on another day]"
    ));
}

#[test]
fn holidays_json_gives_dates_names_kinds_and_regions() {
    let o = meridian(&["holidays", "ES-VC", "--year", "2026", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let days = v.as_array().unwrap();
    assert_eq!(days.len(), 12);
    let vc = days.iter().find(|d| d["date"] == "2026-10-09").unwrap();
    assert_eq!(vc["weekday"], "Fri");
    assert_eq!(vc["local_name"], "Día de la Comunidad Valenciana");
    assert_eq!(vc["english_name"], "Valencian Community Day");
    assert_eq!(vc["kind"], "holiday");
    assert_eq!(vc["observed"], false);
    assert_eq!(vc["everywhere"], false);
    assert_eq!(vc["regions"], serde_json::json!(["VC"]));
    let nz = meridian(&["holidays", "NZ-AUK", "--year", "2026", "--json"]);
    let nz: Value = serde_json::from_str(&stdout(&nz)).unwrap();
    assert!(nz
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["date"] == "2026-01-26" && d["local_name"] == "Auckland Anniversary Day"));
}

#[test]
fn holidays_reads_the_folder_given_by_data_or_the_environment() {
    let dir = std::env::temp_dir().join(format!("meridian-holidays-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("XY.txt"),
        "meridian-holidays/1\ncountry XY\nsource hand\nyears 2026 2026\nlanguages -\nlocal -\n\
         english -\nregions A\n2026-05-05\t-\tA\tFive\t\n",
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let o = meridian(&["holidays", "XY-A", "--data", d]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "XY-A: 1 public holiday in 2026 (hand)\n2026-05-05 Tue  Five\n"
    );
    let o = meridian_in(
        std::path::Path::new("/"),
        &[("MERIDIAN_HOLIDAYS", d)],
        &["holidays", "XY"],
    );
    assert_eq!(stdout(&o), "XY: no public holidays in 2026 (hand)\n");
    // A damaged file is refused with its name and line.
    std::fs::write(dir.join("XZ.txt"), "meridian-holidays/1\ncountry XY\n").unwrap();
    let o = meridian(&["holidays", "XZ", "--data", d]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("XZ.txt: holiday file"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn holidays_refuses_unknown_places_and_years_saying_what_there_is() {
    let o = meridian(&["holidays", "DE-XX"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("DE has no region \"XX\" in its holiday file; it has BB, BE, BW"),
        "{}",
        stderr(&o)
    );
    let o = meridian(&["holidays", "QQ"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no public holidays for country \"QQ\""));
    assert!(stderr(&o).contains("index.txt lists the countries"));
    let o = meridian(&["holidays", "../x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a country code"));
    let o = meridian(&["holidays", "DE", "--year", "2031"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the holiday data covers 2025 to 2030, not 2031"));
}

// ---- Issue 16: versions compared and merged ----

/// The ENHANCE demo edited as JSON: `edit` changes the parsed document.
fn enhance_version(name: &str, edit: impl Fn(&mut Value)) -> std::path::PathBuf {
    let mut v: Value = serde_json::from_str(
        &std::fs::read_to_string(example("enhance-autumn-2026.json")).unwrap(),
    )
    .unwrap();
    edit(&mut v);
    let path = std::env::temp_dir().join(format!(
        "meridian-versions-{}-{name}.json",
        std::process::id()
    ));
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    path
}

fn session_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["sessions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["id"] == id)
        .unwrap()
}

/// Santiago's partner lengthens the lecture and sets PoliMi's Friday hours.
fn partner_version() -> std::path::PathBuf {
    enhance_version("partner", |v| {
        let s = session_mut(v, "energy-systems");
        s["duration_minutes"] = (s["duration_minutes"].as_u64().unwrap() + 30).into();
        v["campuses"][3]["teaching_hours"]["fri"] = "09:00-13:00".into();
    })
}

/// The host moves the tutorial to another time of day.
fn host_version(name: &str, time: &str) -> std::path::PathBuf {
    enhance_version(name, |v| {
        let s = session_mut(v, "markets-tutorial");
        let start = s["start"].as_str().unwrap()[..11].to_string() + time;
        s["start"] = start.into();
    })
}

#[test]
fn diff_lists_each_change_in_words_with_local_times_and_the_conflicts_it_resolves() {
    let base = example("enhance-autumn-2026.json");
    let o = meridian(&["diff", &base, partner_version().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("2 changes from "), "{text}");
    assert!(
        text.contains("PoliMi: teaching hours on Fri 08:15–19:15 → 09:00–13:00"),
        "{text}"
    );
    assert!(
        text.contains(
            "Energy systems: joint lecture: longer: 1 h 30 min → 2 h (now Mon 10:15–12:15 (Berlin))\n      \
             TU Berlin, Chalmers, NTNU, PoliMi, RWTH, UPV, WUT: Mon 10:15–11:45 → Mon 10:15–12:15\n"
        ),
        "{text}"
    );

    let host = host_version("host", "16:00");
    let o = meridian(&["diff", &base, host.to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.contains(
            "Markets tutorial: moved from Tue 10:30–11:30 (Milan) to Tue 16:00–17:00 (Milan)\n      \
             PoliMi: Tue 10:30–11:30 → Tue 16:00–17:00\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Conflicts resolved:\n  error: Cohort PoliMi"),
        "{text}"
    );
}

// Regression: moving one week of a weekly clash was listed as a new conflict (the weeks left)
// and a resolved one (all the weeks before).
#[test]
fn diff_lists_a_weekly_clash_with_one_week_moved_as_one_changed_conflict() {
    let base = example("enhance-autumn-2026.json");
    let moved = enhance_version("one-week", |v| {
        let s = session_mut(v, "markets-tutorial");
        let first = s["start"].as_str().unwrap()[..10].to_string();
        s["changes"] = serde_json::json!([{ "date": first, "start": format!("{first}T16:00") }]);
    });
    let o = meridian(&["diff", &base, moved.to_str().unwrap(), "--no-holidays"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(!text.contains("New conflicts:"), "{text}");
    assert!(!text.contains("Conflicts resolved:"), "{text}");
    let changed = text
        .split("Conflicts changed:\n")
        .nth(1)
        .unwrap_or_default();
    assert_eq!(changed.lines().count(), 1, "{text}");
    assert!(changed.starts_with("  error: Cohort PoliMi"), "{text}");
    assert!(changed.contains(" — no longer on "), "{text}");
    assert!(changed.contains("; still on "), "{text}");
    let o = meridian(&[
        "diff",
        &base,
        moved.to_str().unwrap(),
        "--no-holidays",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let c = &v["conflicts"];
    assert_eq!(c["new"].as_array().unwrap().len(), 0, "{c}");
    assert_eq!(c["resolved"].as_array().unwrap().len(), 0, "{c}");
    assert_eq!(
        c["changed"][0]["dates_gone"].as_array().unwrap().len(),
        1,
        "{c}"
    );
    assert_eq!(c["changed"][0]["dates_added"], serde_json::json!([]), "{c}");
}

// Regression: moving the one week that fell on a partner's public holiday was said to leave
// the conflicts alone (the comparison checked without public holidays; `check` with them).
#[test]
fn diff_counts_a_week_moved_off_a_public_holiday_as_resolving_its_conflict() {
    // No closures typed in: Spain's National Day (Mon 12 Oct 2026) comes from the holiday data.
    let untyped = |v: &mut Value| {
        for c in v["campuses"].as_array_mut().unwrap() {
            c.as_object_mut().unwrap().remove("closures");
        }
    };
    let base = enhance_version("on-holiday", untyped);
    let base = base.to_str().unwrap();
    let moved = enhance_version("off-holiday", |v| {
        untyped(v);
        session_mut(v, "energy-systems")["changes"] =
            serde_json::json!([{ "date": "2026-10-12", "start": "2026-10-14T14:00" }]);
    });
    let o = meridian(&["diff", base, moved.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let resolved = v["conflicts"]["resolved"].as_array().unwrap();
    assert!(
        resolved.iter().any(|c| c["message"]
            .as_str()
            .unwrap()
            .contains("Fiesta Nacional de España")),
        "{resolved:?}"
    );
    assert_eq!(v["conflicts"]["new"], serde_json::json!([]));
    let plain = meridian(&[
        "diff",
        base,
        moved.to_str().unwrap(),
        "--json",
        "--no-holidays",
    ]);
    let v: Value = serde_json::from_str(&stdout(&plain)).unwrap();
    assert!(!v["conflicts"]["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["message"]
            .as_str()
            .unwrap()
            .contains("Fiesta Nacional de España")));
}

#[test]
fn diff_json_holds_the_changes_as_data_and_reads_links_as_well_as_files() {
    let base = example("enhance-autumn-2026.json");
    let link = meridian(&["link", "encode", partner_version().to_str().unwrap()]);
    let link = stdout(&link).trim().to_string();
    let o = meridian(&["diff", &base, &link, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{v}");
    assert_eq!(changes[0]["campus"]["id"], "polimi");
    assert_eq!(changes[0]["campus"]["change"]["hours"]["day"], "fri");
    assert_eq!(
        changes[0]["campus"]["change"]["hours"]["hours"]["after"],
        "09:00-13:00"
    );
    assert_eq!(changes[1]["session"]["change"]["length"]["after"], 120);
    assert_eq!(v["from"].as_str().unwrap().len(), 11);
    assert!(v["conflicts"]["new"].is_array());

    let o = meridian(&["diff", &base, "no-such-file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no such file, and no share link in it"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn merge_of_changes_to_different_items_writes_both() {
    let base = example("enhance-autumn-2026.json");
    let out = std::env::temp_dir().join(format!("meridian-merged-{}.json", std::process::id()));
    let o = meridian(&[
        "merge",
        &base,
        host_version("host2", "16:00").to_str().unwrap(),
        partner_version().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Merged: 3 changes applied"),
        "{}",
        stderr(&o)
    );
    let merged: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut merged = merged;
    assert_eq!(
        session_mut(&mut merged, "markets-tutorial")["start"],
        "2026-09-08T16:00"
    );
    assert_eq!(
        session_mut(&mut merged, "energy-systems")["duration_minutes"],
        120
    );
    assert_eq!(
        merged["campuses"][3]["teaching_hours"]["fri"],
        "09:00-13:00"
    );
}

#[test]
fn merge_with_a_conflict_of_versions_exits_1_listing_it_unless_a_side_is_preferred() {
    let base = example("enhance-autumn-2026.json");
    let mine = host_version("mine", "16:00");
    let theirs = host_version("theirs", "08:00");
    let args = [
        "merge",
        &base,
        mine.to_str().unwrap(),
        theirs.to_str().unwrap(),
    ];
    let o = meridian(&args);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty(), "nothing written");
    let err = stderr(&o);
    assert!(
        err.contains("1 conflict of versions needs a choice"),
        "{err}"
    );
    assert!(
        err.contains("Markets tutorial — changed on both sides"),
        "{err}"
    );
    assert!(
        err.contains("mine:   moved from Tue 10:30–11:30 (Milan) to Tue 16:00–17:00 (Milan)"),
        "{err}"
    );
    assert!(
        err.contains("theirs: moved from Tue 10:30–11:30 (Milan) to Tue 08:00–09:00 (Milan)"),
        "{err}"
    );

    for (side, time) in [("theirs", "2026-09-08T08:00"), ("mine", "2026-09-08T16:00")] {
        let o = meridian(&[&args[..], &["--prefer", side]].concat());
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(session_mut(&mut v, "markets-tutorial")["start"], time);
    }
}

#[test]
fn diff_tells_a_moved_session_at_every_campus_taking_part() {
    let base = example("gma-spring-2027.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    let start = v["sessions"][1]["start"].as_str().unwrap()[..11].to_string() + "09:00";
    v["sessions"][1]["start"] = start.into();
    let moved =
        std::env::temp_dir().join(format!("meridian-gma-moved-{}.json", std::process::id()));
    std::fs::write(&moved, v.to_string()).unwrap();
    let o = meridian(&["diff", &base, moved.to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.contains(
            "Learning analytics: joint lecture: moved from Tue 17:00–18:30 (Milan) to Tue \
             09:00–10:30 (Milan)"
        ),
        "{text}"
    );
    // The day changes where the campus's clock says so: Wednesday morning in Auckland.
    for campus in [
        "PoliMi: Tue 17:00–18:30 → Tue 09:00–10:30",
        "Auckland: Wed 05:00–06:30 → Tue 21:00–22:30",
        "Manchester: Tue 16:00–17:30 → Tue 08:00–09:30",
        "Toronto: Tue 11:00–12:30 → Tue 03:00–04:30",
        "Rice: Tue 10:00–11:30 → Tue 02:00–03:30",
        "U. Chile: Tue 13:00–14:30 → Tue 05:00–06:30",
    ] {
        assert!(
            text.contains(&format!("\n      {campus}\n")),
            "{campus}: {text}"
        );
    }
    assert!(text.contains("New conflicts:\n  warning: "), "{text}");
}

#[test]
fn diff_says_which_detail_changed_with_its_values() {
    let base = example("enhance-autumn-2026.json");
    let notes = enhance_version("notes", |v| {
        session_mut(v, "markets-tutorial")["notes"] = "Bring the case study\nprinted".into();
        session_mut(v, "markets")["meeting_url"] = Value::Null;
    });
    let o = meridian(&["diff", &base, notes.to_str().unwrap()]);
    // One line each, the old notes cut to 80 characters, the new one's line break a space.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains(
            "\n  Markets tutorial: notes “Overlaps the markets lecture for the PoliMi cohort on \
             purpose: a clash to resolv…” → “Bring the case study printed”\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\n  Energy markets and policy: meeting link removed (was \
             “https://meet.example.org/enhance-markets”)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("notes, meeting link or course"), "{text}");
}

/// Regression: `meridian diff` said only "changed" of a campus's holiday region, switched-off
/// public holidays and periods (the words compared the versions again by themselves).
#[test]
fn diff_says_a_campus_holiday_region_holiday_taught_and_period() {
    let base = example("enhance-autumn-2026.json");
    let calendar = enhance_version("calendar", |v| {
        let tub = v["campuses"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|c| c["id"] == "tub")
            .unwrap();
        tub["region"] = "BE".into();
        tub["holidays_off"] = serde_json::json!(["2026-10-03"]);
        tub["periods"] = serde_json::json!([{
            "kind": "lecture-free", "name": "Autumn break",
            "start": "2026-10-26", "end": "2026-10-30"
        }]);
    });
    let o = meridian(&["diff", &base, calendar.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for line in [
        "\n  TU Berlin: holiday region BE (was DE national holidays only)\n",
        "\n  TU Berlin: teaches on Sat 3 Oct although it is a public holiday\n",
        "\n  TU Berlin: lecture-free period added: Mon 26 Oct – Fri 30 Oct (Autumn break)\n",
    ] {
        assert!(text.contains(line), "{line:?} not in {text}");
    }
    assert!(!text.contains(": changed"), "{text}");
}

#[test]
fn diff_says_how_a_series_repeats_now_and_before() {
    let base = example("enhance-autumn-2026.json");
    let fortnightly = enhance_version("fortnightly", |v| {
        let s = session_mut(v, "energy-systems");
        s["repeat"]["interval"] = 2.into();
        s["repeat"]["until"] = "2026-12-07".into();
    });
    let o = meridian(&["diff", &base, fortnightly.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains(
            "\n  Energy systems: joint lecture: repeats every 2 weeks until Mon 7 Dec \
             (was every week until Mon 14 Dec)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("its weeks changed"), "{text}");
}

#[test]
fn diff_says_how_often_an_added_series_repeats() {
    let base = example("enhance-autumn-2026.json");
    let added = enhance_version("added-series", |v| {
        let mut s = session_mut(v, "markets").clone();
        s["id"] = "markets-2".into();
        s["title"] = "Markets revision".into();
        s["repeat"] = serde_json::json!({ "interval": 2, "count": 5 });
        v["sessions"].as_array_mut().unwrap().push(s);
    });
    let o = meridian(&["diff", &base, added.to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.contains("\n  Markets revision: added (Tue 09:30–11:00 (Valencia)), repeats every 2 weeks, 5 times\n"),
        "{text}"
    );
}

const GMA_FIVE: &str = "auckland,sjtu,nairobi,manchester,uchile";

/// Berlin and Santiago over spring 2026, across Europe's (29 Mar) and Chile's (4 Apr) switches.
fn berlin_santiago() -> std::path::PathBuf {
    temp_file(
        "berlin-santiago.json",
        br#"{ "format": "meridian/1", "id": "t", "name": "spring",
  "term": { "start": "2026-03-02", "end": "2026-04-24" },
  "campuses": [
    { "id": "tub", "name": "TU Berlin", "short": "TU Berlin", "city": "Berlin", "zone": "Europe/Berlin" },
    { "id": "uchile", "name": "U Chile", "short": "U. Chile", "city": "Santiago", "zone": "America/Santiago" }
  ] }"#,
    )
}

#[test]
fn slots_says_which_starts_suit_everyone_and_why_one_fails_after_a_switch() {
    let file = berlin_santiago();
    let f = file.to_str().unwrap();
    let o = meridian(&[
        "slots",
        f,
        "--campuses",
        "tub,uchile",
        "--length",
        "60",
        "--weekdays",
        "mon,tue",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("times in Berlin"), "{}", stdout(&o));
    assert!(
        stdout(&o)
            .contains("Starts that suit everyone in every week: Mon 14:00–19:00, Tue 14:00–19:00"),
        "{}",
        stdout(&o)
    );
    let o = meridian(&[
        "slots",
        f,
        "--campuses",
        "tub,uchile",
        "--length",
        "60",
        "--at",
        "mon 13:30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o)
            .contains("U. Chile fails 3 of 8 weeks: 07:30 from 6 Apr: Santiago leaves summer time"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn slots_json_gives_every_start_with_its_failures_as_data() {
    let file = berlin_santiago();
    let o = meridian(&[
        "slots",
        file.to_str().unwrap(),
        "--campuses",
        "tub,uchile",
        "--length",
        "60",
        "--weekdays",
        "mon",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["anchor"], "tub");
    assert_eq!(v["zone"], "Europe/Berlin");
    let slots = v["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 96);
    let s = slots.iter().find(|s| s["start"] == "13:30").unwrap();
    assert_eq!(s["weekday"], "mon");
    assert_eq!(s["weeks"], 8);
    assert_eq!(s["holding"], 1);
    assert_eq!(s["everyone"], false);
    let r = &s["failures"][0]["reasons"][0];
    assert_eq!(s["failures"][0]["campus"], "uchile");
    assert_eq!(r["kind"], "clock-change");
    assert_eq!(r["first"], "2026-04-06");
    assert_eq!(r["local_start"], "2026-04-06T07:30:00");
    assert_eq!(r["switches"][0]["zone"], "America/Santiago");
    assert_eq!(r["switches"][0]["daylight_saving_after"], false);
    let s = slots.iter().find(|s| s["start"] == "14:00").unwrap();
    assert_eq!(s["everyone"], true);
}

#[test]
fn slots_for_the_gma_five_finds_no_common_start_and_rotates_fairly() {
    let gma = example("gma-spring-2027.json");
    let o = meridian(&[
        "slots",
        &gma,
        "--campuses",
        GMA_FIVE,
        "--length",
        "90",
        "--weekdays",
        "mon,tue,wed,thu,fri",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("No start suits all 5 campuses"),
        "{}",
        stdout(&o)
    );
    let o = meridian(&[
        "slots",
        &gma,
        "--campuses",
        GMA_FIVE,
        "--length",
        "90",
        "--weekdays",
        "mon,tue,wed,thu,fri",
        "--rotate",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("weekly slots taken in turn (times in Auckland)"),
        "{text}"
    );
    assert!(text.contains("Auckland "), "{text}");
    let o = meridian(&[
        "slots",
        &gma,
        "--campuses",
        GMA_FIVE,
        "--length",
        "90",
        "--weekdays",
        "mon,tue,wed,thu,fri",
        "--rotate",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let r = &v["rotation"];
    assert_eq!(r["exhaustive"], true);
    assert_eq!(r["tallies"].as_array().unwrap().len(), 5);
    let largest = r["tallies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["points"].as_u64().unwrap())
        .max();
    // The largest burden is in points: a night session counts three.
    assert_eq!(r["largest"].as_u64(), largest);
    assert_eq!(r["weeks"].as_array().unwrap().len(), 15);
}

#[test]
fn slots_accept_writes_the_rotation_as_series_that_check_and_ics_read() {
    let gma = example("gma-spring-2027.json");
    let out = std::env::temp_dir().join(format!("meridian-rotation-{}.json", std::process::id()));
    let o = meridian(&[
        "slots",
        &gma,
        "--campuses",
        GMA_FIVE,
        "--length",
        "90",
        "--weekdays",
        "mon,tue,wed,thu,fri",
        "--rotate",
        "2",
        "--accept",
        "la-lecture",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let ids: Vec<&str> = v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"la-lecture-1") && ids.contains(&"la-lecture-2"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"la-lecture"));
    let o = meridian(&["occurrences", out.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = meridian(&["check", out.to_str().unwrap()]);
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "{}",
        stderr(&o)
    );
    let o = meridian(&["ics", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("INTERVAL=2"));
    let _ = std::fs::remove_file(out);
}

#[test]
fn slots_refuses_an_unknown_campus_listing_the_files_campuses() {
    let file = berlin_santiago();
    let o = meridian(&[
        "slots",
        file.to_str().unwrap(),
        "--campuses",
        "tub,nowhere",
        "--length",
        "60",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no campus \"nowhere\"; it has tub, uchile"),
        "{}",
        stderr(&o)
    );
    let o = meridian(&[
        "slots",
        file.to_str().unwrap(),
        "--campuses",
        "tub",
        "--length",
        "60",
        "--at",
        "mon 13:20",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

/// A weekly lecture on `weekday` from `start` hosted by `host`, for a cohort at each campus
/// (given as `"id","short","city","country","region","zone"`), with no closure typed.
fn holiday_schedule(
    name: &str,
    term: (&str, &str),
    start: &str,
    weekday: &str,
    campuses: &[[&str; 6]],
) -> std::path::PathBuf {
    let campus_list: Vec<String> = campuses
        .iter()
        .map(|[id, short, city, country, region, zone]| {
            format!(
                r#"{{"id":"{id}","name":"{short}","short":"{short}","city":"{city}","country":"{country}","region":"{region}","zone":"{zone}"}}"#
            )
        })
        .collect();
    let cohorts: Vec<String> = campuses
        .iter()
        .map(|[id, ..]| format!(r#"{{"id":"{id}-1","name":"{id} 1","campus":"{id}"}}"#))
        .collect();
    let ids: Vec<String> = campuses
        .iter()
        .map(|[id, ..]| format!(r#""{id}-1""#))
        .collect();
    let text = format!(
        r#"{{"format":"meridian/1","id":"h","name":"Holidays","term":{{"start":"{}","end":"{}"}},
        "campuses":[{}],"cohorts":[{}],
        "sessions":[{{"id":"lecture","title":"Joint lecture","host":"{}","start":"{start}",
          "duration_minutes":90,"repeat":{{"weekdays":["{weekday}"]}},"cohorts":[{}]}}]}}"#,
        term.0,
        term.1,
        campus_list.join(","),
        cohorts.join(","),
        campuses[0][0],
        ids.join(",")
    );
    temp_file(name, text.as_bytes())
}

/// The public-holiday conflicts `meridian check --json` reports: (campus, date, local name).
fn holiday_conflicts(path: &std::path::Path, extra: &[&str]) -> Vec<(String, String, String)> {
    let mut args = vec!["check", path.to_str().unwrap(), "--json"];
    args.extend_from_slice(extra);
    let o = meridian(&args);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|c| c["calendar"]["kind"] == "public-holiday")
        .map(|c| {
            assert_eq!(c["kind"], "on-closure");
            assert_eq!(c["severity"], "error");
            let d = &c["calendar"];
            (
                d["campus"].as_str().unwrap().to_string(),
                d["date"].as_str().unwrap().to_string(),
                d["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn check_flags_valencian_community_day_at_upv_with_no_closure_typed() {
    // Thu 9 Oct is a Thursday in 2025 (a Friday in 2026, which the ENHANCE demo's term covers).
    let path = holiday_schedule(
        "holiday-upv.json",
        ("2025-09-29", "2025-10-24"),
        "2025-10-02T10:00",
        "thu",
        &[
            ["tub", "TU Berlin", "Berlin", "DE", "BE", "Europe/Berlin"],
            ["upv", "UPV", "Valencia", "ES", "VC", "Europe/Madrid"],
        ],
    );
    let found = holiday_conflicts(&path, &[]);
    let text = stdout(&meridian(&["check", path.to_str().unwrap()]));
    let skipped = holiday_conflicts(&path, &["--no-holidays"]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        found,
        [(
            "upv".to_string(),
            "2025-10-09".to_string(),
            "Día de la Comunidad Valenciana".to_string()
        )]
    );
    assert!(
        text.contains("Día de la Comunidad Valenciana (Valencian Community Day), a public holiday at UPV (Valencia)"),
        "{text}"
    );
    assert!(skipped.is_empty(), "--no-holidays checks without them");
}

#[test]
fn check_flags_corpus_christi_in_aachen_and_not_in_berlin() {
    let path = holiday_schedule(
        "holiday-rwth.json",
        ("2026-05-25", "2026-06-19"),
        "2026-05-28T10:00",
        "thu",
        &[
            ["tub", "TU Berlin", "Berlin", "DE", "BE", "Europe/Berlin"],
            ["rwth", "RWTH", "Aachen", "DE", "NW", "Europe/Berlin"],
        ],
    );
    let found = holiday_conflicts(&path, &[]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        found,
        [(
            "rwth".to_string(),
            "2026-06-04".to_string(),
            "Fronleichnam".to_string()
        )]
    );
}

#[test]
fn check_flags_sant_ambrogio_at_polimi_in_milan() {
    let path = holiday_schedule(
        "holiday-polimi.json",
        ("2026-11-30", "2026-12-18"),
        "2026-11-30T10:00",
        "mon",
        &[
            ["polimi", "PoliMi", "Milan", "IT", "MI", "Europe/Rome"],
            ["tum", "TUM", "Munich", "DE", "BY", "Europe/Berlin"],
        ],
    );
    let found = holiday_conflicts(&path, &[]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        found,
        [(
            "polimi".to_string(),
            "2026-12-07".to_string(),
            "Sant'Ambrogio".to_string()
        )]
    );
}

#[test]
fn check_says_when_a_campus_region_is_not_in_the_holiday_data() {
    let path = holiday_schedule(
        "holiday-region.json",
        ("2025-09-29", "2025-10-24"),
        "2025-10-02T10:00",
        "thu",
        &[["upv", "UPV", "Valencia", "ES", "Valencia", "Europe/Madrid"]],
    );
    let o = meridian(&["check", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert!(
        stderr(&o).contains("ES has no region \"Valencia\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn suggest_for_the_week_of_a_partners_holiday_moves_that_lecture_off_it() {
    let path = holiday_schedule(
        "holiday-suggest.json",
        ("2025-09-29", "2025-10-24"),
        "2025-10-02T10:00",
        "thu",
        &[
            ["tub", "TU Berlin", "Berlin", "DE", "BE", "Europe/Berlin"],
            ["upv", "UPV", "Valencia", "ES", "VC", "Europe/Madrid"],
        ],
    );
    let file = path.to_str().unwrap();
    let o = meridian(&["suggest", file, "lecture", "--week", "2025-10-09", "--json"]);
    let plain = meridian(&[
        "suggest",
        file,
        "lecture",
        "--week",
        "2025-10-09",
        "--json",
        "--no-holidays",
    ]);
    let _ = std::fs::remove_file(&path);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["now"]["errors"], 1);
    assert!(v["now"]["first_problem"]
        .as_str()
        .unwrap()
        .contains("Día de la Comunidad Valenciana"));
    let best = &v["better"][0];
    assert_eq!(best["errors"], 0);
    assert!(!best["start"].as_str().unwrap().starts_with("2025-10-09"));
    let v: Value = serde_json::from_str(&stdout(&plain)).unwrap();
    assert_eq!(v["now"]["errors"], 0, "--no-holidays");
}

#[test]
fn a_students_link_from_the_cli_points_at_the_timetable_page_as_the_share_dialog_s_does() {
    let file = example("gma-spring-2027.json");
    for base in [
        "https://meridian.example/",
        "https://meridian.example/index.html",
        "https://meridian.example",
    ] {
        let o = meridian(&["link", "encode", &file, "--view", "--base", base]);
        assert!(o.status.success(), "{}", stderr(&o));
        let link = stdout(&o).trim().to_string();
        assert!(
            link.starts_with("https://meridian.example/timetable.html#s1."),
            "{base}: {link}"
        );
        // The link still opens as a students' link.
        let o = meridian(&["link", "decode", &link]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = meridian(&[
        "link",
        "encode",
        &file,
        "--view",
        "--cohort",
        "ntu-la",
        "--qr",
        "--base",
        "https://meridian.example/meridian/",
    ]);
    let link = stdout(&o).trim().to_string();
    assert!(
        link.starts_with("https://meridian.example/meridian/timetable.html#Q1."),
        "{link}"
    );
    // An edit link opens the planner, where it was made.
    let o = meridian(&[
        "link",
        "encode",
        &file,
        "--base",
        "https://meridian.example/",
    ]);
    assert!(stdout(&o).starts_with("https://meridian.example/#s1."));
}

#[test]
fn dash_as_the_output_file_writes_to_standard_output_not_a_file_named_dash() {
    let dir = std::env::temp_dir().join(format!("meridian-dash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_meridian"))
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let file = example("enhance-autumn-2026.json");
    let o = run(&["ics", &file, "--stamp", "2026-11-24T12:00:00Z", "-o", "-"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("BEGIN:VCALENDAR\r\n"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("SUMMARY:"), "{}", stdout(&o));
    assert_eq!(stderr(&o), "", "nothing says a file was written");
    let ics = dir.join("busy.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Oslo:20261027T101500\r\nDTEND;TZID=Europe/Oslo:20261027T120000\r\nSUMMARY:Thermodynamics\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let o = run(&[
        "busy",
        &file,
        ics.to_str().unwrap(),
        "--cohort",
        "ntnu-msc1",
        "-o",
        "-",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let schedule: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(schedule["busy"].as_array().map(Vec::len), Some(1));
    let o = run(&["merge", &file, &file, &file, "-o", "-"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let merged: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(merged["id"], "demo-enhance-autumn-2026");
    assert!(!dir.join("-").exists(), "no file named -");
    let _ = std::fs::remove_dir_all(dir);
}
