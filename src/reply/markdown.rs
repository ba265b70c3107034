//! Markdown (as staff write it) rendered for a phone: Telegram HTML, or plain text for the
//! terminal. Rendering is by top-level block (paragraph, list, heading) so long texts can be cut
//! between blocks.
//!
//! Telegram's HTML mode accepts only a few tags and rejects a message whose entities do not
//! parse, so: every text is escaped (`&`, `<`, `>`, and `"` in attributes), raw HTML written in
//! a knowledge file is shown as text, links are kept only when they are plain web addresses, and
//! every tag opened in a block is closed in the same block.

use std::sync::{Arc, RwLock};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::knowledge::is_safe_url;

/// Output flavour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// Telegram `parse_mode = HTML`.
    TelegramHtml,
    /// Plain text (terminal, JSON `reply`).
    Plain,
}

/// Texts remembered per flavour before the memo starts again (a knowledge of 10,000 entries
/// would otherwise keep every answer twice).
const MEMO_TEXTS: usize = 1024;

/// A text's rendered blocks, by its Markdown.
type Renderings = FxHashMap<Box<str>, Arc<[String]>>;

static MEMO: [RwLock<Renderings>; 2] =
    [const { RwLock::new(FxHashMap::with_hasher(FxBuildHasher)) }; 2];

/// [`render_blocks`], remembered: every reply shows the same knowledge texts again, and
/// parsing a long answer is a tenth of answering a message. Only for the knowledge's own texts,
/// never for what someone wrote: nothing personal may stay in memory.
pub fn render_knowledge_text(markdown: &str, flavour: Flavour) -> Arc<[String]> {
    let memo = &MEMO[flavour as usize];
    if let Some(blocks) = memo.read().ok().and_then(|m| m.get(markdown).cloned()) {
        return blocks;
    }
    let blocks: Arc<[String]> = render_blocks(markdown, flavour).into();
    // A poisoned lock only means another thread panicked mid-insert: the memo is then skipped.
    if let Ok(mut memo) = memo.write() {
        if memo.len() >= MEMO_TEXTS {
            memo.clear();
        }
        memo.insert(markdown.into(), Arc::clone(&blocks));
    }
    blocks
}

/// Renders `markdown` into blocks (no trailing blank lines; join them with `"\n\n"`).
pub fn render_blocks(markdown: &str, flavour: Flavour) -> Vec<String> {
    let html = flavour == Flavour::TelegramHtml;
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut link_stack: Vec<Option<String>> = Vec::new();
    let mut link_text = String::new();
    // Open block tags: a block ends (and may be cut after) when this returns to zero.
    let mut depth = 0usize;

    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let block = current.trim_end().to_owned();
        if !block.trim().is_empty() {
            blocks.push(block);
        }
        current.clear();
    };

    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => {
                if is_block(&tag) {
                    if depth == 0 {
                        flush(&mut current, &mut blocks);
                    }
                    depth += 1;
                }
                match tag {
                    Tag::Heading { .. } if html => current.push_str("<b>"),
                    Tag::CodeBlock(_) if html => current.push_str("<pre>"),
                    Tag::List(start) => {
                        if !current.is_empty() && !current.ends_with('\n') {
                            current.push('\n');
                        }
                        lists.push(start);
                    }
                    Tag::Item => {
                        if !current.is_empty() && !current.ends_with('\n') {
                            current.push('\n');
                        }
                        current.push_str(&"   ".repeat(lists.len().saturating_sub(1)));
                        match lists.last_mut() {
                            Some(Some(n)) => {
                                current.push_str(&format!("{n}. "));
                                *n += 1;
                            }
                            _ => current.push_str(if lists.len() > 1 { "◦ " } else { "• " }),
                        }
                    }
                    Tag::Strong if html => current.push_str("<b>"),
                    Tag::Emphasis if html => current.push_str("<i>"),
                    Tag::Strikethrough if html => current.push_str("<s>"),
                    Tag::Link { dest_url, .. } => {
                        let url = dest_url.to_string();
                        let safe = is_safe_url(&url).then_some(url);
                        if html && let Some(url) = &safe {
                            current.push_str(&format!("<a href=\"{}\">", escape_attribute(url)));
                        }
                        link_stack.push(safe);
                        link_text.clear();
                    }
                    _ => {}
                }
            }
            Event::End(end) => {
                match end {
                    TagEnd::Heading(_) if html => current.push_str("</b>"),
                    TagEnd::CodeBlock => {
                        let trimmed = current.trim_end_matches('\n').len();
                        current.truncate(trimmed);
                        if html {
                            current.push_str("</pre>");
                        }
                    }
                    TagEnd::Paragraph if depth > 1 => current.push('\n'),
                    TagEnd::List(_) => {
                        lists.pop();
                    }
                    TagEnd::Strong if html => current.push_str("</b>"),
                    TagEnd::Emphasis if html => current.push_str("</i>"),
                    TagEnd::Strikethrough if html => current.push_str("</s>"),
                    TagEnd::Link => {
                        if let Some(Some(url)) = link_stack.pop() {
                            if html {
                                current.push_str("</a>");
                            } else if link_text.trim() != url {
                                current.push_str(&format!(" ({url})"));
                            }
                        }
                    }
                    _ => {}
                }
                if is_block_end(&end) {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        flush(&mut current, &mut blocks);
                    }
                }
            }
            Event::Text(text) | Event::Code(text) => {
                link_text.push_str(&text);
                push_text(&mut current, &text, html);
            }
            Event::Html(raw) | Event::InlineHtml(raw) => {
                // Raw HTML in a knowledge file is shown as written, never interpreted.
                push_text(&mut current, &raw, html);
            }
            Event::SoftBreak | Event::HardBreak => current.push('\n'),
            Event::Rule => {
                flush(&mut current, &mut blocks);
                blocks.push("———".to_owned());
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::Item
            | Tag::HtmlBlock
    )
}

fn is_block_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::HtmlBlock
    )
}

fn push_text(out: &mut String, text: &str, html: bool) {
    if html {
        out.push_str(&escape_text(text));
    } else {
        out.push_str(text);
    }
}

/// Escapes text for Telegram HTML.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value (in double quotes) for Telegram HTML.
pub fn escape_attribute(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> Vec<String> {
        render_blocks(md, Flavour::TelegramHtml)
    }

    #[test]
    fn paragraphs_bullets_and_emphasis() {
        let md =
            "Signs include:\n\n- **Cravings** – strong urges.\n- Memory & focus <issues>\n\nLast.";
        assert_eq!(
            html(md),
            vec![
                "Signs include:".to_owned(),
                "• <b>Cravings</b> – strong urges.\n• Memory &amp; focus &lt;issues&gt;".to_owned(),
                "Last.".to_owned(),
            ]
        );
        assert_eq!(
            render_blocks(md, Flavour::Plain),
            vec![
                "Signs include:",
                "• Cravings – strong urges.\n• Memory & focus <issues>",
                "Last."
            ]
        );
    }

    #[test]
    fn links_are_kept_only_when_safe() {
        assert_eq!(
            html(
                "[Visit](https://example.org/a?b=1&c=2) and [bad](javascript:alert(1)) and [q](https://x.org/\"y)"
            ),
            vec!["<a href=\"https://example.org/a?b=1&amp;c=2\">Visit</a> and bad and q"]
        );
        assert_eq!(
            render_blocks("[Visit](https://example.org/)", Flavour::Plain),
            vec!["Visit (https://example.org/)"]
        );
    }

    #[test]
    fn raw_html_is_shown_not_interpreted() {
        assert_eq!(
            html("<script>x</script>\n\nhi <b>there</b>"),
            vec![
                "&lt;script&gt;x&lt;/script&gt;",
                "hi &lt;b&gt;there&lt;/b&gt;"
            ]
        );
    }

    #[test]
    fn headings_ordered_and_nested_lists() {
        assert_eq!(
            html("### Title\n\n1. one\n2. two\n   - sub"),
            vec!["<b>Title</b>", "1. one\n2. two\n   ◦ sub"]
        );
    }

    #[test]
    fn a_remembered_rendering_is_the_rendering() {
        let md = "**Bold** & <raw>\n\n- one\n- two";
        for flavour in [Flavour::TelegramHtml, Flavour::Plain] {
            let first = render_knowledge_text(md, flavour);
            assert_eq!(*first, *render_blocks(md, flavour));
            assert!(Arc::ptr_eq(&first, &render_knowledge_text(md, flavour)));
        }
    }
}
