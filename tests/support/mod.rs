pub mod fake_telegram;
pub mod harness;
pub mod telegram_text;
