//! Cutting a long reply into messages Telegram accepts: between paragraphs when possible, then
//! between lines, and only for a single giant paragraph between words, never inside an HTML tag
//! or entity.
//!
//! Lengths are counted as Telegram counts them: UTF-16 code units of the text a person sees,
//! after the tags are removed and the entities (`&amp;`) decoded.

/// Length of rendered HTML as Telegram counts it (UTF-16 code units of the visible text).
pub fn telegram_len(html: &str) -> usize {
    let mut units = 0;
    let mut chars = html.chars();
    while let Some(c) = chars.next() {
        match c {
            '<' => {
                for c in chars.by_ref() {
                    if c == '>' {
                        break;
                    }
                }
            }
            '&' => {
                // An entity (`&amp;`, `&#39;`) is one character; the renderer writes no bare `&`.
                for c in chars.by_ref() {
                    if c == ';' {
                        break;
                    }
                }
                units += 1;
            }
            _ => units += c.len_utf16(),
        }
    }
    units
}

/// Packs rendered `blocks` (joined by blank lines) into messages of at most `limit`.
pub fn pack(blocks: &[String], limit: usize) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for block in blocks {
        if telegram_len(block) <= limit {
            pieces.push(block.clone());
        } else {
            pieces.extend(split_block(block, limit));
        }
    }
    let mut messages: Vec<String> = Vec::new();
    let mut current = String::new();
    // Lengths add up: a piece never ends inside a tag or an entity.
    let mut current_len = 0;
    for piece in pieces {
        let piece_len = telegram_len(&piece);
        if current.is_empty() {
            current = piece;
            current_len = piece_len;
        } else if current_len + 2 + piece_len <= limit {
            current.push_str("\n\n");
            current.push_str(&piece);
            current_len += 2 + piece_len;
        } else {
            messages.push(std::mem::replace(&mut current, piece));
            current_len = piece_len;
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

/// A block too long for one message: cut between lines (each list item is a line, with its tags
/// closed on the same line); a line still too long loses its formatting and is cut between words.
fn split_block(block: &str, limit: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in block.split('\n') {
        let line_pieces: Vec<String> = if telegram_len(line) <= limit && tags_balanced(line) {
            vec![line.to_owned()]
        } else {
            split_words(&strip_tags(line), limit)
        };
        for piece in line_pieces {
            if current.is_empty() {
                current = piece;
            } else if telegram_len(&current) + 1 + telegram_len(&piece) <= limit {
                current.push('\n');
                current.push_str(&piece);
            } else {
                out.push(std::mem::replace(&mut current, piece));
            }
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Cuts escaped text (no tags) between words, or inside a giant word, never inside an entity.
fn split_words(text: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while telegram_len(rest) > limit {
        // The longest prefix within the limit, at a char boundary.
        let mut units = 0;
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            units += c.len_utf16();
            if units > limit {
                break;
            }
            end = i + c.len_utf8();
        }
        let mut cut = rest[..end].rfind(' ').filter(|&i| i > 0).unwrap_or(end);
        if let Some(amp) = rest[..cut].rfind('&')
            && !rest[amp..cut].contains(';')
            && amp > 0
        {
            cut = amp;
        }
        out.push(rest[..cut].trim_end().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

/// Whether every tag opened on `line` is closed on it.
fn tags_balanced(line: &str) -> bool {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else {
            return false;
        };
        let tag = &rest[start + 1..start + len];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop() != Some(name) {
                return false;
            }
        } else {
            open.push(tag.split(' ').next().unwrap_or(tag));
        }
        rest = &rest[start + len + 1..];
    }
    open.is_empty()
}

/// Removes the tags of rendered HTML (its text is escaped, so every `<` starts a tag).
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_replies_stay_whole() {
        let blocks = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(pack(&blocks, 4096), vec!["a\n\nb"]);
    }

    #[test]
    fn long_replies_are_cut_between_paragraphs() {
        let paragraph = "word ".repeat(300).trim_end().to_owned(); // 1,499 characters
        let blocks = vec![paragraph.clone(); 5];
        let messages = pack(&blocks, 4096);
        assert_eq!(messages.len(), 3);
        assert!(messages.iter().all(|m| telegram_len(m) <= 4096));
        assert_eq!(messages.join("\n\n"), blocks.join("\n\n"));
    }

    #[test]
    fn a_giant_list_is_cut_between_items() {
        let item = format!("• <b>Item</b> {}", "x".repeat(100));
        let block = vec![item.clone(); 60].join("\n");
        let messages = pack(&[block], 4096);
        assert!(messages.len() >= 2);
        for m in &messages {
            assert!(telegram_len(m) <= 4096);
            assert!(m.lines().all(|l| l == item));
        }
    }

    #[test]
    fn a_giant_paragraph_is_cut_between_words_without_breaking_entities() {
        let text = format!("<b>{}</b>", "fish &amp; chips ".repeat(600));
        let messages = pack(&[text], 4096);
        assert!(messages.len() >= 3);
        for m in &messages {
            assert!(telegram_len(m) <= 4096);
            assert!(!m.contains('<'));
            assert!(!m.ends_with('&') && !m.starts_with("amp;"));
        }
    }

    #[test]
    fn length_is_the_visible_text() {
        assert_eq!(telegram_len("<b>a &amp; b</b>"), 5);
        assert_eq!(telegram_len("😀"), 2);
        assert_eq!(
            telegram_len("<a href=\"https://x.org/?a=1&amp;b=2\">x</a>"),
            1
        );
    }

    #[test]
    fn emoji_count_double() {
        let emoji = "😀".repeat(3000);
        let messages = pack(&[emoji], 4096);
        assert_eq!(messages.len(), 2);
        assert!(messages.iter().all(|m| telegram_len(m) <= 4096));
    }
}
