//! Telegram's formatted text, modelled for the tests: what `parse_mode` HTML, MarkdownV2 and
//! Markdown make of a text (the visible text and its entities, or the "can't parse entities"
//! error), and which URLs Telegram accepts. The fake Bot API (`fake_telegram.rs`) checks every
//! message with it, and the fuzz targets (`fuzz/`, which include this file by path) check every
//! reply the bot builds against the same rules.

#![allow(dead_code)]

/// A formatting entity, offsets and lengths in UTF-16 code units (Telegram's `MessageEntity`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Telegram's type name: `bold`, `italic`, `underline`, `strikethrough`, `spoiler`, `code`,
    /// `pre`, `text_link`, `blockquote`, `expandable_blockquote`, `custom_emoji`, …
    pub kind: String,
    pub offset: usize,
    pub length: usize,
    pub url: Option<String>,
    pub language: Option<String>,
    pub custom_emoji_id: Option<String>,
}

impl Entity {
    pub fn new(kind: &str, offset: usize, length: usize) -> Entity {
        Entity {
            kind: kind.to_owned(),
            offset,
            length,
            url: None,
            language: None,
            custom_emoji_id: None,
        }
    }

    /// The part of `text` this entity covers.
    pub fn slice(&self, text: &str) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        let end = (self.offset + self.length).min(units.len());
        String::from_utf16_lossy(&units[self.offset.min(end)..end])
    }
}

/// Text after entity parsing: what the person sees, and its formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedText {
    pub text: String,
    pub entities: Vec<Entity>,
}

/// An absolute `http`/`https` URL with a host, or a `tg://` URL; no spaces or control characters.
pub fn valid_url(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("tg://") {
        return !rest.is_empty();
    }
    let Some(rest) = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (h, Some(p)),
        _ => (host_port, None),
    };
    if let Some(port) = port
        && (port.is_empty()
            || !port.chars().all(|c| c.is_ascii_digit())
            || port.parse::<u32>().map_or(true, |p| p > 65535))
    {
        return false;
    }
    !host.is_empty()
        && !host.starts_with('.')
        && !host.ends_with("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']' | ':'))
}

// ---------------------------------------------------------------------------------------------
// Telegram's parse modes
// ---------------------------------------------------------------------------------------------

/// Parses `parse_mode = HTML` text like Telegram. `Err` holds the description that follows
/// "Bad Request: can't parse entities: ". Stricter than Telegram in two documented ways: a bare
/// `&` and an unquoted attribute value are errors.
pub fn parse_html(html: &str) -> Result<ParsedText, String> {
    struct Open {
        tag: String,
        start: usize,
        entity: Option<Entity>,
        /// A `<code class="language-…">` language, handed to an enclosing `<pre>`.
        code_language: Option<String>,
    }
    let bytes = html.as_bytes();
    let mut text = String::new();
    let mut len16 = 0usize;
    let mut stack: Vec<Open> = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                let (c, next) = decode_entity(html, i)?;
                text.push(c);
                len16 += c.len_utf16();
                i = next;
            }
            b'<' if bytes.get(i + 1) == Some(&b'/') => {
                let begin = i;
                let name_start = i + 2;
                let mut j = name_start;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let name = html[name_start..j].to_ascii_lowercase();
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j >= bytes.len() || bytes[j] != b'>' {
                    return Err(format!("Unclosed end tag at byte offset {begin}"));
                }
                let Some(open) = stack.pop() else {
                    return Err(format!("Unexpected end tag at byte offset {begin}"));
                };
                if open.tag != name {
                    return Err(format!(
                        "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \"</{name}>\"",
                        open.tag
                    ));
                }
                let length = len16 - open.start;
                if open.tag == "code"
                    && let Some(parent) = stack.last_mut()
                    && parent.tag == "pre"
                {
                    // `<pre><code class="language-x">` is one pre entity with a language.
                    if let (Some(e), Some(lang)) = (parent.entity.as_mut(), open.code_language) {
                        e.language = Some(lang);
                    }
                } else if let Some(mut e) = open.entity
                    && length > 0
                {
                    e.offset = open.start;
                    e.length = length;
                    entities.push(e);
                }
                i = j + 1;
            }
            b'<' => {
                let begin = i;
                let mut j = i + 1;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let tag = html[i + 1..j].to_ascii_lowercase();
                const TAGS: &[&str] = &[
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "ins",
                    "s",
                    "strike",
                    "del",
                    "a",
                    "code",
                    "pre",
                    "span",
                    "tg-spoiler",
                    "blockquote",
                    "tg-emoji",
                ];
                if !TAGS.contains(&tag.as_str()) {
                    return Err(format!(
                        "Unsupported start tag \"{tag}\" at byte offset {begin}"
                    ));
                }
                let mut attrs: Vec<(String, String)> = Vec::new();
                loop {
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j >= bytes.len() {
                        return Err(format!("Unclosed start tag at byte offset {begin}"));
                    }
                    if bytes[j] == b'>' {
                        j += 1;
                        break;
                    }
                    let name_start = j;
                    while j < bytes.len()
                        && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b'_'))
                    {
                        j += 1;
                    }
                    if j == name_start {
                        return Err(format!(
                            "Empty attribute name in the tag \"{tag}\" at byte offset {begin}"
                        ));
                    }
                    let attr = html[name_start..j].to_ascii_lowercase();
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j >= bytes.len() {
                        return Err(format!("Unclosed start tag at byte offset {begin}"));
                    }
                    if bytes[j] != b'=' {
                        attrs.push((attr, String::new()));
                        continue;
                    }
                    j += 1;
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    let Some(&quote) = bytes.get(j).filter(|q| matches!(q, b'"' | b'\'')) else {
                        return Err(format!(
                            "Unquoted value of the attribute \"{attr}\" in the tag \"{tag}\" at byte offset {begin}"
                        ));
                    };
                    j += 1;
                    let mut value = String::new();
                    loop {
                        match bytes.get(j) {
                            None => {
                                return Err(format!("Unclosed start tag at byte offset {begin}"));
                            }
                            Some(&q) if q == quote => {
                                j += 1;
                                break;
                            }
                            Some(b'&') => {
                                let (c, next) = decode_entity(html, j)?;
                                value.push(c);
                                j = next;
                            }
                            Some(_) => {
                                let c = html[j..].chars().next().expect("char boundary");
                                value.push(c);
                                j += c.len_utf8();
                            }
                        }
                    }
                    attrs.push((attr, value));
                }
                let attr = |name: &str| {
                    attrs
                        .iter()
                        .find(|(a, _)| a == name)
                        .map(|(_, v)| v.clone())
                };
                let mut code_language = None;
                let entity = match tag.as_str() {
                    "b" | "strong" => Some(Entity::new("bold", 0, 0)),
                    "i" | "em" => Some(Entity::new("italic", 0, 0)),
                    "u" | "ins" => Some(Entity::new("underline", 0, 0)),
                    "s" | "strike" | "del" => Some(Entity::new("strikethrough", 0, 0)),
                    "tg-spoiler" => Some(Entity::new("spoiler", 0, 0)),
                    "span" => {
                        if attr("class").as_deref() != Some("tg-spoiler") {
                            return Err(format!(
                                "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
                            ));
                        }
                        Some(Entity::new("spoiler", 0, 0))
                    }
                    "a" => {
                        let Some(href) = attr("href") else {
                            return Err(format!(
                                "Tag \"a\" must have the attribute \"href\" at byte offset {begin}"
                            ));
                        };
                        if !valid_url(&href) {
                            return Err(format!(
                                "Wrong URL \"{href}\" in the tag \"a\" at byte offset {begin}: an absolute http, \
                                 https or tg URL is required"
                            ));
                        }
                        let mut e = Entity::new("text_link", 0, 0);
                        e.url = Some(href);
                        Some(e)
                    }
                    "code" => {
                        code_language = attr("class")
                            .and_then(|c| c.strip_prefix("language-").map(str::to_owned));
                        Some(Entity::new("code", 0, 0))
                    }
                    "pre" => Some(Entity::new("pre", 0, 0)),
                    "blockquote" => Some(Entity::new(
                        if attr("expandable").is_some() {
                            "expandable_blockquote"
                        } else {
                            "blockquote"
                        },
                        0,
                        0,
                    )),
                    "tg-emoji" => {
                        let id = attr("emoji-id")
                            .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()));
                        let Some(id) = id else {
                            return Err(format!(
                                "Tag \"tg-emoji\" must have a numeric attribute \"emoji-id\" at byte offset {begin}"
                            ));
                        };
                        let mut e = Entity::new("custom_emoji", 0, 0);
                        e.custom_emoji_id = Some(id);
                        Some(e)
                    }
                    _ => None,
                };
                stack.push(Open {
                    tag,
                    start: len16,
                    entity,
                    code_language,
                });
                i = j;
            }
            _ => {
                let c = html[i..].chars().next().expect("char boundary");
                text.push(c);
                len16 += c.len_utf16();
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.tag
        ));
    }
    entities.sort_by_key(|e| (e.offset, std::cmp::Reverse(e.length)));
    Ok(ParsedText { text, entities })
}

/// Decodes the HTML entity at `html[i]` (an `&`): `&lt; &gt; &amp; &quot;`, `&#123;`, `&#x1F600;`.
fn decode_entity(html: &str, i: usize) -> Result<(char, usize), String> {
    let rest = &html[i..];
    let err = || {
        Err(format!(
            "Character '&' at byte offset {i} does not begin an HTML entity; escape it as &amp; (only &lt; &gt; \
             &amp; &quot; and numeric entities are supported)"
        ))
    };
    let Some(semi) = rest.find(';').filter(|s| *s <= 12) else {
        return err();
    };
    let name = &rest[1..semi];
    let c = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let num = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
            {
                (!hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
                    .then(|| u32::from_str_radix(hex, 16).ok())
                    .flatten()
            } else if let Some(dec) = name.strip_prefix('#') {
                (!dec.is_empty() && dec.chars().all(|c| c.is_ascii_digit()))
                    .then(|| dec.parse().ok())
                    .flatten()
            } else {
                None
            };
            num.filter(|n| *n != 0).and_then(char::from_u32)
        }
    };
    match c {
        Some(c) => Ok((c, i + semi + 1)),
        None => err(),
    }
}

/// Parses `parse_mode = MarkdownV2` like Telegram: `*bold*`, `_italic_`, `__underline__`,
/// `~strike~`, `||spoiler||`, `` `code` ``, ```` ```lang\npre``` ````, `[text](url)`,
/// `![👍](tg://emoji?id=…)`, `>` quotes; every other reserved character must be escaped with `\`.
pub fn parse_markdown_v2(src: &str) -> Result<ParsedText, String> {
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum K {
        Bold,
        Italic,
        Underline,
        Strike,
        Spoiler,
        Code,
        Pre,
        Link,
        Emoji,
    }
    struct Open {
        k: K,
        start: usize,
        byte: usize,
        language: Option<String>,
    }
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut text = String::new();
    let mut len16 = 0usize;
    let mut stack: Vec<Open> = Vec::new();
    let mut entities = Vec::new();
    let mut quote_start: Option<usize> = None;
    let mut i = 0;
    fn name(k: K) -> &'static str {
        match k {
            K::Bold => "bold",
            K::Italic => "italic",
            K::Underline => "underline",
            K::Strike => "strikethrough",
            K::Spoiler => "spoiler",
            K::Code => "code",
            K::Pre => "pre",
            K::Link => "text_link",
            K::Emoji => "custom_emoji",
        }
    }
    /// Closes `k` if it is the innermost open entity, opens it if it is not open.
    fn toggle(
        k: K,
        pos: usize,
        len16: usize,
        stack: &mut Vec<Open>,
        entities: &mut Vec<Entity>,
    ) -> Result<(), String> {
        if stack.last().map(|o| o.k) == Some(k) {
            let open = stack.pop().expect("open");
            if len16 > open.start {
                entities.push(Entity::new(name(k), open.start, len16 - open.start));
            }
        } else if let Some(open) = stack.iter().find(|o| o.k == k) {
            let top = stack.last().expect("open");
            return Err(format!(
                "Can't find end of {} entity at byte offset {} (entities must nest; {} opened at byte offset {})",
                name(top.k),
                top.byte,
                name(k),
                open.byte
            ));
        } else {
            stack.push(Open {
                k,
                start: len16,
                byte: pos,
                language: None,
            });
        }
        Ok(())
    }
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let starts = |i: usize, s: &str| s.chars().enumerate().all(|(k, c)| at(i + k) == Some(c));
    while i < chars.len() {
        let (pos, c) = chars[i];
        let top = stack.last().map(|o| o.k);
        if c == '\\' {
            if let Some(n) = at(i + 1).filter(|n| (1..=126).contains(&(*n as u32))) {
                text.push(n);
                len16 += 1;
                i += 2;
                continue;
            }
            return Err(format!(
                "Character '\\' at byte offset {pos} must be followed by an escaped character"
            ));
        }
        if top == Some(K::Code) || top == Some(K::Pre) {
            let closes = if top == Some(K::Pre) {
                starts(i, "```")
            } else {
                c == '`'
            };
            if closes {
                let open = stack.pop().expect("open");
                if len16 > open.start {
                    let mut e = Entity::new(name(open.k), open.start, len16 - open.start);
                    e.language = open.language;
                    entities.push(e);
                }
                i += if open.k == K::Pre { 3 } else { 1 };
            } else {
                text.push(c);
                len16 += c.len_utf16();
                i += 1;
            }
            continue;
        }
        let line_start = i == 0 || at(i - 1) == Some('\n');
        if line_start {
            if c == '>' {
                quote_start.get_or_insert(len16);
                i += 1;
                continue;
            }
            if let Some(qs) = quote_start.take() {
                let end = len16.saturating_sub(1);
                if end > qs {
                    entities.push(Entity::new("blockquote", qs, end - qs));
                }
            }
        }
        match c {
            '*' | '~' | '_' | '|' if c != '|' || at(i + 1) == Some('|') => {
                let (k, width) = match c {
                    '*' => (K::Bold, 1),
                    '~' => (K::Strike, 1),
                    '|' => (K::Spoiler, 2),
                    _ if top == Some(K::Italic) => (K::Italic, 1),
                    _ if at(i + 1) == Some('_') => (K::Underline, 2),
                    _ => (K::Italic, 1),
                };
                toggle(k, pos, len16, &mut stack, &mut entities)?;
                i += width;
            }
            '`' if starts(i, "```") => {
                let mut j = i + 3;
                let mut language = String::new();
                while let Some(ch) = at(j).filter(|ch| *ch != '\n' && *ch != '`') {
                    language.push(ch);
                    j += 1;
                }
                let language = if at(j) == Some('\n')
                    && !language.trim().is_empty()
                    && !language.contains(' ')
                {
                    j += 1;
                    Some(language)
                } else {
                    j = i + 3;
                    None
                };
                stack.push(Open {
                    k: K::Pre,
                    start: len16,
                    byte: pos,
                    language,
                });
                i = j;
            }
            '`' => {
                stack.push(Open {
                    k: K::Code,
                    start: len16,
                    byte: pos,
                    language: None,
                });
                i += 1;
            }
            '[' => {
                stack.push(Open {
                    k: K::Link,
                    start: len16,
                    byte: pos,
                    language: None,
                });
                i += 1;
            }
            '!' if at(i + 1) == Some('[') => {
                stack.push(Open {
                    k: K::Emoji,
                    start: len16,
                    byte: pos,
                    language: None,
                });
                i += 2;
            }
            ']' if matches!(top, Some(K::Link) | Some(K::Emoji)) => {
                let open = stack.pop().expect("open");
                if at(i + 1) != Some('(') {
                    return Err(format!(
                        "Can't find the URL of the link opened at byte offset {}",
                        open.byte
                    ));
                }
                let mut j = i + 2;
                let mut url = String::new();
                loop {
                    match at(j) {
                        None => {
                            return Err(format!(
                                "Can't find end of a URL at byte offset {}",
                                chars[i + 1].0
                            ));
                        }
                        Some(')') => break,
                        Some('\\') if matches!(at(j + 1), Some(')') | Some('\\')) => {
                            url.push(at(j + 1).expect("escaped"));
                            j += 2;
                        }
                        Some(ch) => {
                            url.push(ch);
                            j += 1;
                        }
                    }
                }
                if open.k == K::Emoji {
                    let id = url
                        .strip_prefix("tg://emoji?id=")
                        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()));
                    let Some(id) = id else {
                        return Err(format!(
                            "Custom emoji URL must be tg://emoji?id=<number> at byte offset {}",
                            open.byte
                        ));
                    };
                    let mut e = Entity::new("custom_emoji", open.start, len16 - open.start);
                    e.custom_emoji_id = Some(id.to_owned());
                    if e.length > 0 {
                        entities.push(e);
                    }
                } else {
                    if !valid_url(&url) {
                        return Err(format!(
                            "Wrong URL \"{url}\" of the link opened at byte offset {}",
                            open.byte
                        ));
                    }
                    let mut e = Entity::new("text_link", open.start, len16 - open.start);
                    e.url = Some(url);
                    if e.length > 0 {
                        entities.push(e);
                    }
                }
                i = j + 1;
            }
            c if "_*[]()~`>#+-=|{}.!".contains(c) => {
                return Err(format!(
                    "Character '{c}' is reserved and must be escaped with the preceding '\\'"
                ));
            }
            c => {
                text.push(c);
                len16 += c.len_utf16();
                i += 1;
            }
        }
    }
    if let Some(qs) = quote_start
        && len16 > qs
    {
        entities.push(Entity::new("blockquote", qs, len16 - qs));
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end of {} entity at byte offset {}",
            name(open.k),
            open.byte
        ));
    }
    entities.sort_by_key(|e| (e.offset, std::cmp::Reverse(e.length)));
    Ok(ParsedText { text, entities })
}

/// Parses legacy `parse_mode = Markdown`: `*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````,
/// `[text](url)`; entities do not nest; `\` escapes `_ * ` [`.
pub fn parse_markdown(src: &str) -> Result<ParsedText, String> {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut text = String::new();
    let mut len16 = 0usize;
    let mut entities = Vec::new();
    let mut i = 0;
    let push = |text: &mut String, len16: &mut usize, c: char| {
        text.push(c);
        *len16 += c.len_utf16();
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        let err = || format!("Can't find end of the entity starting at byte offset {pos}");
        match c {
            '\\' if matches!(at(i + 1), Some('_' | '*' | '`' | '[')) => {
                push(&mut text, &mut len16, at(i + 1).expect("escaped"));
                i += 2;
            }
            '*' | '_' | '`' => {
                let pre = c == '`' && at(i + 1) == Some('`') && at(i + 2) == Some('`');
                let (kind, width) = match c {
                    '*' => ("bold", 1),
                    '_' => ("italic", 1),
                    _ if pre => ("pre", 3),
                    _ => ("code", 1),
                };
                let start = len16;
                let mut j = i + width;
                loop {
                    match at(j) {
                        None => return Err(err()),
                        Some(ch)
                            if ch == c
                                && (!pre || (at(j + 1) == Some('`') && at(j + 2) == Some('`'))) =>
                        {
                            break;
                        }
                        Some(ch) => {
                            push(&mut text, &mut len16, ch);
                            j += 1;
                        }
                    }
                }
                if len16 > start {
                    entities.push(Entity::new(kind, start, len16 - start));
                }
                i = j + width;
            }
            '[' => {
                let start = len16;
                let mut j = i + 1;
                loop {
                    match at(j) {
                        None => return Err(err()),
                        Some(']') => break,
                        Some(ch) => {
                            push(&mut text, &mut len16, ch);
                            j += 1;
                        }
                    }
                }
                if at(j + 1) != Some('(') {
                    return Err(err());
                }
                let mut k = j + 2;
                let mut url = String::new();
                loop {
                    match at(k) {
                        None => return Err(err()),
                        Some(')') => break,
                        Some(ch) => {
                            url.push(ch);
                            k += 1;
                        }
                    }
                }
                if !valid_url(&url) {
                    return Err(format!(
                        "Wrong URL \"{url}\" of the link starting at byte offset {pos}"
                    ));
                }
                if len16 > start {
                    let mut e = Entity::new("text_link", start, len16 - start);
                    e.url = Some(url);
                    entities.push(e);
                }
                i = k + 1;
            }
            c => {
                push(&mut text, &mut len16, c);
                i += 1;
            }
        }
    }
    Ok(ParsedText { text, entities })
}
