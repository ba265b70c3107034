//! The `faqbot` binary, run as a person or a script would: `check`, `index`, `ask`, `chat`,
//! and `serve`'s start-up errors. Each test works in its own temporary copy of the knowledge.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn faqbot() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faqbot"));
    // The tests must not depend on the developer's .env or environment.
    command
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("FAQBOT_LOG");
    for (key, _) in std::env::vars() {
        if key.starts_with("FAQBOT_") {
            command.env_remove(key);
        }
    }
    command
}

fn shipped_knowledge() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// A temporary folder with a copy of the shipped knowledge and an empty index folder.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&shipped_knowledge(), &dir.path().join("knowledge"));
        Workspace { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, args: &[&str]) -> Output {
        faqbot()
            .current_dir(self.path())
            .args(args)
            .output()
            .unwrap()
    }

    fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = faqbot()
            .current_dir(self.path())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn edit(&self, file: &str, edit: impl FnOnce(String) -> String) {
        let path = self.path().join("knowledge").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, edit(text)).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for item in std::fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        let target = to.join(item.file_name());
        if item.file_type().unwrap().is_dir() {
            copy_dir(&item.path(), &target);
        } else {
            std::fs::copy(item.path(), target).unwrap();
        }
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_passes_on_the_shipped_knowledge() {
    let output = faqbot()
        .args(["--knowledge"])
        .arg(shipped_knowledge())
        .arg("check")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}\n{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("ok: 23 entries"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_names_file_and_line_and_fails() {
    let w = Workspace::new();
    w.edit("faq.md", |t| t.replacen("id: faq2", "id: faq1", 1));
    let output = w.run(&["check"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("knowledge/faq.md:"), "{text}");
    assert!(
        text.contains("the id `faq1` is already used at faq.md:"),
        "{text}"
    );
}

#[test]
fn ask_answers_is_ketamine_addictive_with_the_article_and_the_help_prompt() {
    let w = Workspace::new();
    let output = w.run(&["ask", "is ketamine addictive?"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("not as physically addictive as opioids"),
        "{text}"
    );
    assert!(text.contains("Reach out today."), "{text}");
}

#[test]
fn ask_json_follows_the_contract() {
    let w = Workspace::new();
    let output = w.run(&["ask", "--json", "is ketamine addictive?"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    let object = value.as_object().unwrap();
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["answer", "reply", "status", "suggestions"]);
    assert_eq!(value["status"], "answered");
    let answer = value["answer"].as_object().unwrap();
    let mut keys: Vec<&str> = answer.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["id", "score", "text", "title"]);
    assert!(
        value["answer"]["text"]
            .as_str()
            .unwrap()
            .contains("psychological dependence")
    );
    assert!(value["answer"]["score"].as_f64().unwrap() > 0.0);
    assert!(value["suggestions"].as_array().unwrap().is_empty());
    assert!(
        value["reply"]
            .as_str()
            .unwrap()
            .contains("Reach out today.")
    );

    let output = w.run(&["ask", "--json", "what's the capital of france"]);
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(value["status"], "no_match");
    assert!(value["answer"].is_null());
    assert!(
        value["reply"]
            .as_str()
            .unwrap()
            .contains("I don't have an answer")
    );

    // A question the articles leave out on purpose (not-covered.md) says so in its group's
    // words, points to what the articles do say, and sends the person to a human rather than
    // round in circles ("try other words").
    let declined = |message: &str| -> serde_json::Value {
        let value: serde_json::Value =
            serde_json::from_str(stdout(&w.run(&["ask", "--json", message])).trim()).unwrap();
        assert_eq!(value["status"], "no_match", "{value}");
        value
    };
    let value = declined("how long does ket withdrawal last?");
    let reply = value["reply"].as_str().unwrap();
    assert!(
        reply.starts_with("Our articles don't say how long withdrawal or detox lasts"),
        "{reply}"
    );
    assert!(!reply.contains("Try other words"), "{reply}");
    assert!(
        reply.contains("988") && reply.contains("Reach out today."),
        "{reply}"
    );
    let see: Vec<&str> = value["see"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(see, ["withdrawal", "withdrawal_symptoms", "detox"]);
    // The same question about another withdrawal: declined in the general words, no pointers
    // to the ketamine articles.
    let value = declined("how long does caffeine withdrawal last?");
    let reply = value["reply"].as_str().unwrap();
    assert!(reply.contains("our articles don't cover"), "{reply}");
    assert!(value.get("see").is_none(), "{value}");
    // Doses: never advised, in so many words.
    let reply = declined("whats a safe dose of ket for my first time")["reply"].to_string();
    assert!(reply.contains("I can't advise on doses"), "{reply}");
    // Another drug: the articles are about ketamine, so other words cannot help either.
    let value = declined("is coke addictive");
    let reply = value["reply"].as_str().unwrap();
    assert!(
        reply.contains("our articles are only about ketamine"),
        "{reply}"
    );
    assert!(!reply.contains("Try other words"), "{reply}");
    assert!(reply.contains("988"), "{reply}");
}

#[test]
fn ask_stdin_answers_every_line_in_order() {
    let w = Workspace::new();
    let input = [
        r#"{"q": "hello"}"#,
        r#"{"q": "i want to kill myself"}"#,
        r#"{"q": ""}"#,
        r#"{"q": "title:x AND ( \" * ~2 -foo +"}"#,
        r#"{"q": "is ketamine addictive?"}"#,
        r#""a bare JSON string""#,
        "plain text line",
    ]
    .join("\n");
    let output = w.run_with_stdin(&["ask", "--json", "--stdin"], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    let statuses: Vec<String> = stdout(&output)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["status"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(statuses.len(), 7);
    assert_eq!(
        statuses[..5],
        ["smalltalk", "crisis", "no_match", "no_match", "answered"]
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    // `faqbot eval big.jsonl | head -1`: every one of these is listed as a failure, far more
    // output than a pipe holds.
    use std::io::{BufRead, BufReader};
    let w = Workspace::new();
    let line = r#"{"q": "is ketamine addictive?", "kind": "out_of_scope", "accept": [], "style": "direct"}"#;
    let set = vec![line; 3_000].join("\n");
    std::fs::write(w.path().join("big.jsonl"), set).unwrap();
    let mut child = faqbot()
        .current_dir(w.path())
        .args(["eval", "big.jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("big.jsonl"), "{first}");
    let output = child.wait_with_output().unwrap();
    let errors = stderr(&output);
    assert!(!errors.contains("panicked"), "{errors}");
    assert_ne!(output.status.code(), Some(101), "{errors}");
}

#[test]
fn index_builds_and_reports() {
    let w = Workspace::new();
    let output = w.run(&["index"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("indexed 23 entries ("), "{text}");
    let generations: Vec<_> = std::fs::read_dir(w.path().join("index"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(generations.len(), 1);
    assert!(generations[0].path().join("READY").is_file());
}

#[test]
fn a_stale_index_is_rebuilt_when_knowledge_changes() {
    let w = Workspace::new();
    assert!(w.run(&["index"]).status.success());
    w.edit("faq.md", |t| {
        t + "\n## What is a test entry?\nid: test_entry\n\nThe xylophone answer.\n"
    });
    let output = w.run(&["ask", "--json", "what is a test entry about xylophones"]);
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(value["answer"]["id"], "test_entry", "{value}");
}

#[test]
fn chat_talks_in_the_terminal_and_presses_buttons_by_number() {
    let w = Workspace::new();
    let output = w.run_with_stdin(&["chat"], "is ket addictive?\n/topics\n1\n/quit\n");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Hi, I'm the question bot"), "{text}");
    assert!(
        text.contains("not as physically addictive as opioids"),
        "{text}"
    );
    assert!(text.contains("[1] Is Ketamine Addictive?"), "{text}");
}

#[test]
fn serve_without_a_token_says_what_to_do() {
    let w = Workspace::new();
    let output = w.run(&["serve"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("TELOXIDE_TOKEN is not set") && text.contains("@BotFather"),
        "{text}"
    );
}

#[test]
fn a_malformed_token_is_one_line_and_never_shown() {
    let w = Workspace::new();
    let output = faqbot()
        .current_dir(w.path())
        .env("TELOXIDE_TOKEN", "12345:bad token!!SECRETPART")
        .arg("serve")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("TELOXIDE_TOKEN is malformed"), "{text}");
    assert!(!text.contains("SECRETPART"));
}

#[test]
fn unknown_settings_are_errors() {
    let w = Workspace::new();
    let output = faqbot()
        .current_dir(w.path())
        .env("FAQBOT_INDEX_DIRECTORY", "x")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown setting FAQBOT_INDEX_DIRECTORY"));
}

/// `faqbot check` fails, naming file and line, on each kind of mistake staff can make.
#[test]
fn check_fails_on_each_kind_of_mistake() {
    let long_paragraph = "word ".repeat(1_000);
    type Mistake = Box<dyn Fn(&Workspace)>;
    let cases: Vec<(&str, Mistake, &str)> = vec![
        (
            "malformed file",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| format!("Text before any heading.\n{t}"))
            }),
            "knowledge/faq.md:1: error: text before the first `## ` heading",
        ),
        (
            "unclosed comment",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| format!("{t}\n<!-- a note never closed\n"))
            }),
            "error: this comment is never closed",
        ),
        (
            "not UTF-8",
            Box::new(|w: &Workspace| {
                std::fs::write(w.path().join("knowledge/bad.md"), b"## A\n\n\xff\xfe\n").unwrap()
            }),
            "knowledge/bad.md:3: error: this file is not UTF-8",
        ),
        (
            "no answer text",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| {
                    format!("{t}\n## An empty question?\nid: empty\n")
                })
            }),
            "has no answer text",
        ),
        (
            "duplicate id",
            Box::new(|w: &Workspace| w.edit("faq.md", |t| t.replacen("id: faq2", "id: faq1", 1))),
            "the id `faq1` is already used at faq.md:",
        ),
        (
            "near-duplicate question",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| {
                    t.replacen(
                        "id: faq2\n",
                        "id: faq2\nask: Is ketamine very habit forming?\n",
                        1,
                    )
                })
            }),
            "nearly the same question as articles/is-ketamine-addictive.md:",
        ),
        (
            "answer too long for one message",
            Box::new(move |w: &Workspace| {
                w.edit("faq.md", |t| {
                    format!("{t}\n## A long one\nid: long_one\n\n{long_paragraph}\n")
                })
            }),
            "more than one Telegram message",
        ),
        (
            "broken link",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| {
                    t.replacen(
                        "Misuse, increasing",
                        "See [our page](www.theedgetreatment.com). Misuse, increasing",
                        1,
                    )
                })
            }),
            "the link `www.theedgetreatment.com` is broken",
        ),
        (
            "unknown setting",
            Box::new(|w: &Workspace| {
                w.edit("bot.md", |t| {
                    t.replacen("\nphone:\n", "\nphone:\nfax: 555\n", 1)
                })
            }),
            "knowledge/bot.md:10: error: unknown setting `fax:`",
        ),
        (
            "a phrasing that brings another entry",
            Box::new(|w: &Workspace| {
                w.edit("faq.md", |t| {
                    t.replacen("id: faq2\n", "id: faq2\nask: What is a k-hole like?\n", 1)
                })
            }),
            "asked as a message, “What is a k-hole like?” brings `short_term_effects`",
        ),
        (
            "a crisis phrase that does not bring the crisis reply",
            Box::new(|w: &Workspace| {
                w.edit("crisis.md", |t| {
                    t.replacen("\n## negations\n", "\n## negations\n\n- think\n", 1)
                })
            }),
            "does not bring the crisis reply",
        ),
    ];
    for (what, mistake, expected) in cases {
        let w = Workspace::new();
        mistake(&w);
        let output = w.run(&["check"]);
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{what}: {text}");
        assert!(
            text.contains(expected),
            "{what}: expected {expected:?} in\n{text}"
        );
    }
}

/// Runs `command` (`learn-crisis`, `learn-answers`) on every tuning set, as its default does,
/// and checks that it writes the shipped `file` byte for byte.
fn assert_shipped_model_is_current(w: &Workspace, command: &str, file: &str) {
    let sets = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    let mut every_set: Vec<PathBuf> = std::fs::read_dir(&sets)
        .unwrap()
        .map(|item| item.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_str().unwrap();
            name.ends_with(".jsonl") && !name.starts_with("holdout")
        })
        .collect();
    every_set.sort();
    let mut args = vec![command, "--out", "relearned.md"];
    args.extend(every_set.iter().map(|p| p.to_str().unwrap()));
    let again = w.run(&args);
    assert!(again.status.success(), "{}", stderr(&again));
    let relearned = std::fs::read_to_string(w.path().join("relearned.md")).unwrap();
    let shipped = std::fs::read_to_string(shipped_knowledge().join(file)).unwrap();
    assert!(
        relearned == shipped,
        "knowledge/{file} is out of date: run `faqbot {command}`"
    );
}

#[test]
fn learn_answers_writes_a_model_that_check_accepts_and_the_shipped_one_is_current() {
    let w = Workspace::new();
    let sets = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    let output = w.run(&[
        "learn-answers",
        "--threshold",
        "0.8",
        "--margin",
        "off",
        sets.join("dev.jsonl").to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("weights written to knowledge/answer-model.md"),
        "{}",
        stdout(&output)
    );
    let model = std::fs::read_to_string(w.path().join("knowledge/answer-model.md")).unwrap();
    assert!(
        model.contains("threshold: 0.8\nthreshold_suggested: 0.4\nmargin: off\n"),
        "{model}"
    );
    assert!(model.contains("## weights\n\n- "), "{model}");
    let check = w.run(&["check"]);
    assert!(check.status.success(), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("the learned answer reader ("),
        "{}",
        stdout(&check)
    );
    let refused = w.run(&["learn-answers", "--margin", "1.5", "--out", "other.md"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(!w.path().join("other.md").exists());

    // The shipped model is what `learn-answers` writes today from the shipped sets and
    // knowledge: run it again after changing a question set or an entry's phrasings.
    assert_shipped_model_is_current(&w, "learn-answers", "answer-model.md");
}

#[test]
fn learn_crisis_writes_a_model_that_check_accepts_and_the_shipped_one_is_current() {
    let w = Workspace::new();
    let sets = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    let output = w.run(&[
        "learn-crisis",
        sets.join("safety.jsonl").to_str().unwrap(),
        sets.join("dev.jsonl").to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("weights written to knowledge/crisis-model.md"),
        "{}",
        stdout(&output)
    );
    let model = std::fs::read_to_string(w.path().join("knowledge/crisis-model.md")).unwrap();
    assert!(model.contains("## weights\n\n- "), "{model}");
    let check = w.run(&["check"]);
    assert!(check.status.success(), "{}", stdout(&check));

    // Other orders of the examples: the note of the file says which.
    let output = w.run(&[
        "learn-crisis",
        "--seed",
        "2",
        "--shuffles",
        "2",
        "--out",
        "orders.md",
        sets.join("safety.jsonl").to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let orders = std::fs::read_to_string(w.path().join("orders.md")).unwrap();
    assert!(
        orders.contains("crisis.md, the mean of 2 orders (seeds 2 to 3)."),
        "{orders}"
    );
    let refused = w.run(&["learn-crisis", "--shuffles", "0", "--out", "none.md"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(!w.path().join("none.md").exists());

    // A signal group crisis.md does not have is refused, and nothing is written.
    let output = w.run(&[
        "learn-crisis",
        "--anchors",
        "ending,nosuch",
        "--out",
        "other.md",
        sets.join("safety.jsonl").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("--anchors names `nosuch`"),
        "{}",
        stderr(&output)
    );
    assert!(!w.path().join("other.md").exists());

    // The shipped model is what `learn-crisis` writes today from the shipped sets: run it
    // again after changing a question set or crisis.md.
    assert_shipped_model_is_current(&w, "learn-crisis", "crisis-model.md");
}
