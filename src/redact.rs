//! Keeping the bot token out of every log line. teloxide's and reqwest's errors carry request
//! URLs, and a request URL holds the token (`/bot<token>/SendMessage`); rather than trust every
//! message to be clean, the log writer itself scrubs the token's secret part from every line.
//!
//! It also withholds the one thing teloxide logs that holds what people wrote: an update it
//! cannot parse is logged at error level with the whole update (message text, names, ids). The
//! line is kept, so the operator sees that updates fail to parse, but not their content.

use std::io::{self, Write};
use std::sync::{Arc, RwLock};

/// The secrets to scrub, shared with the log writer. Empty until a token is known.
#[derive(Debug, Clone, Default)]
pub struct Secrets(Arc<RwLock<Vec<String>>>);

impl Secrets {
    /// Adds a secret (ignored when shorter than 6 characters: it would scrub ordinary words).
    pub fn add(&self, secret: &str) {
        if secret.len() >= 6
            && let Ok(mut secrets) = self.0.write()
        {
            secrets.push(secret.to_owned());
        }
    }

    /// `text` with every secret replaced by `***`.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        if let Ok(secrets) = self.0.read() {
            for secret in secrets.iter() {
                out = out.replace(secret.as_str(), "***");
            }
        }
        out
    }
}

/// How teloxide's dispatcher and webhook begin the error they log with a whole update.
const UNPARSED_UPDATE: &str = "Cannot parse an update.";

/// `event` (one formatted log event) without the update content teloxide appends to
/// [`UNPARSED_UPDATE`].
fn withhold_update_content(event: &mut String) {
    if let Some(at) = event.find(UNPARSED_UPDATE) {
        event.truncate(at + UNPARSED_UPDATE.len());
        event.push_str(" (its content is withheld: it holds what a person wrote)\n");
    }
}

/// A writer that buffers one log event and writes it scrubbed when dropped.
pub struct RedactingWriter<W: Write> {
    inner: W,
    secrets: Secrets,
    buffer: Vec<u8>,
}

impl<W: Write> RedactingWriter<W> {
    pub fn new(inner: W, secrets: Secrets) -> Self {
        RedactingWriter {
            inner,
            secrets,
            buffer: Vec::new(),
        }
    }
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buffer.is_empty() {
            let mut text = self.secrets.scrub(&String::from_utf8_lossy(&self.buffer));
            withhold_update_content(&mut text);
            self.inner.write_all(text.as_bytes())?;
            self.buffer.clear();
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for RedactingWriter<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_every_occurrence_when_written() {
        let secrets = Secrets::default();
        secrets.add("AAE3xSECRETsecret");
        let mut out = Vec::new();
        {
            let mut w = RedactingWriter::new(&mut out, secrets.clone());
            write!(w, "error sending request for url (http://x/bot123:AAE3xSEC").unwrap();
            write!(w, "RETsecret/GetMe) AAE3xSECRETsecret").unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "error sending request for url (http://x/bot123:***/GetMe) ***"
        );
    }

    #[test]
    fn an_update_teloxide_cannot_parse_is_logged_without_its_content() {
        let mut out = Vec::new();
        {
            let mut w = RedactingWriter::new(&mut out, Secrets::default());
            write!(
                w,
                "ERROR teloxide::dispatching::dispatcher: Cannot parse an update.\nError: \
                 Object {{\"message\": Object {{\"text\": String(\"i use ket daily\")}}}}\n\
                 This is a bug in teloxide-core"
            )
            .unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "ERROR teloxide::dispatching::dispatcher: Cannot parse an update. \
             (its content is withheld: it holds what a person wrote)\n"
        );
    }

    #[test]
    fn short_secrets_are_ignored() {
        let secrets = Secrets::default();
        secrets.add("abc");
        assert_eq!(secrets.scrub("abc"), "abc");
    }
}
