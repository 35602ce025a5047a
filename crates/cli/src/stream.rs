//! JSON arrays written item by item, so that a large answer (half a million occurrences, a
//! schedule's every conflict) needs memory for one item, not for the whole document. The text is
//! the same as `serde_json::to_string_pretty` of the whole array.

use serde_json::Value;
use std::io::{self, Write};

/// A pretty-printed JSON array being written to standard output.
pub struct JsonArray {
    out: io::BufWriter<io::StdoutLock<'static>>,
    items: usize,
}

impl JsonArray {
    /// Starts an array on standard output.
    pub fn stdout() -> JsonArray {
        JsonArray {
            out: io::BufWriter::new(io::stdout().lock()),
            items: 0,
        }
    }

    /// Writes one item.
    pub fn push(&mut self, item: &Value) -> io::Result<()> {
        let text = serde_json::to_string_pretty(item).map_err(io::Error::other)?;
        self.out
            .write_all(if self.items == 0 { b"[\n" } else { b",\n" })?;
        for (k, line) in text.lines().enumerate() {
            if k > 0 {
                self.out.write_all(b"\n")?;
            }
            write!(self.out, "  {line}")?;
        }
        self.items += 1;
        Ok(())
    }

    /// Closes the array (and writes `[]` when nothing was pushed).
    pub fn finish(mut self) -> io::Result<()> {
        self.out
            .write_all(if self.items == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}
