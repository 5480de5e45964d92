//! Per-program compare rules: the optional `<name>.meta` file.
//!
//! The format is the seeds' (`shared/seeds/README.md`, "Files per program"): `key: value` lines. Only the
//! keys that change how stdout is compared are read here; every other key (`mode`, `features`, `notes`, …)
//! is documentation and is ignored, so the seeds' `.meta` files are used unchanged.
//!
//! * `compare: exact|sorted|subset|oneof` (default `exact`);
//! * `normalize: none` or a comma-separated list of `durations`, `port`, `ids`;
//! * `required: line | line` (for `subset`): lines that must be printed;
//! * `alternatives: file file` (for `oneof`): other accepted stdout files, beside the program.

use std::fmt;

use regex::Regex;

/// How stdout is compared with the recorded `.stdout`, after normalisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StdoutRule {
    /// Byte-equal.
    #[default]
    Exact,
    /// The same multiset of lines: only goroutine scheduling decides their order.
    Sorted,
    /// Every printed line is a line of the recording (as a multiset) and every `required` line is printed:
    /// main may return before a goroutine prints.
    Subset,
    /// Equal to the recording or to one of the `alternatives` files.
    OneOf,
}

impl StdoutRule {
    fn parse(word: &str) -> Option<StdoutRule> {
        Some(match word {
            "exact" => StdoutRule::Exact,
            "sorted" => StdoutRule::Sorted,
            "subset" => StdoutRule::Subset,
            "oneof" => StdoutRule::OneOf,
            _ => return None,
        })
    }
}

impl fmt::Display for StdoutRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StdoutRule::Exact => "exact",
            StdoutRule::Sorted => "sorted",
            StdoutRule::Subset => "subset",
            StdoutRule::OneOf => "oneof",
        })
    }
}

/// A named rewrite applied to both sides before stdout is compared. The patterns are the seeds' own
/// (`run_real_go.py`, `NORMALIZERS`), so a seed judged equal there is judged equal here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalizer {
    /// A `time.Duration` printed with `%v` (`3.000162739s`, `850µs`, `1m2.5s`) becomes `<dur>`.
    Durations,
    /// The port of a local `httptest` server: `127.0.0.1:43121` becomes `127.0.0.1:<port>`.
    Port,
    /// Which worker took a job: `Worker 3` / `Consumer 2` become `Worker <id>` / `Consumer <id>`.
    Ids,
}

impl Normalizer {
    fn parse(word: &str) -> Option<Normalizer> {
        Some(match word {
            "durations" => Normalizer::Durations,
            "port" => Normalizer::Port,
            "ids" => Normalizer::Ids,
            _ => return None,
        })
    }

    fn pattern(self) -> (&'static str, &'static str) {
        match self {
            Normalizer::Durations => (r"(?:\d+h)?(?:\d+m)?\d+(?:\.\d+)?(?:ns|µs|us|ms|s)\b", "<dur>"),
            Normalizer::Port => (r"127\.0\.0\.1:\d+", "127.0.0.1:<port>"),
            Normalizer::Ids => (r"\b(Worker|Consumer) \d+", "${1} <id>"),
        }
    }

    /// Rewrites every match in `text`.
    pub fn apply(self, text: &str) -> String {
        let (pattern, replacement) = self.pattern();
        // Compiled per call: the suite normalises a few dozen short outputs, and a static cache would need
        // a global for no measurable gain.
        let re = Regex::new(pattern).expect("normaliser patterns are valid");
        re.replace_all(text, replacement).into_owned()
    }
}

impl fmt::Display for Normalizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Normalizer::Durations => "durations",
            Normalizer::Port => "port",
            Normalizer::Ids => "ids",
        })
    }
}

/// The compare rules of one program. `Meta::default()` is what a program without a `.meta` file gets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub compare: StdoutRule,
    pub normalize: Vec<Normalizer>,
    /// For [`StdoutRule::Subset`]: lines that must appear in stdout.
    pub required: Vec<String>,
    /// For [`StdoutRule::OneOf`]: file names, beside the program, of other accepted outputs.
    pub alternatives: Vec<String>,
}

impl Meta {
    /// Parses a `.meta` file. Unknown keys are documentation and are skipped; an unknown *value* of a key
    /// that matters is an error, so that a typo cannot silently weaken a comparison.
    pub fn parse(text: &str) -> Result<Meta, String> {
        let mut meta = Meta::default();
        for (index, line) in text.lines().enumerate() {
            let Some((key, value)) = line.split_once(':') else { continue };
            let value = value.trim();
            match key.trim() {
                "compare" => {
                    meta.compare = StdoutRule::parse(value)
                        .ok_or_else(|| format!("line {}: unknown compare rule {value:?}", index + 1))?;
                }
                "normalize" => {
                    meta.normalize.clear();
                    for word in value.split(',').map(str::trim).filter(|w| !w.is_empty() && *w != "none") {
                        meta.normalize.push(
                            Normalizer::parse(word).ok_or_else(|| {
                                format!("line {}: unknown normalize rule {word:?}", index + 1)
                            })?,
                        );
                    }
                }
                "required" => {
                    meta.required =
                        value.split('|').map(str::trim).filter(|r| !r.is_empty()).map(String::from).collect();
                }
                "alternatives" => {
                    meta.alternatives = value
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .filter(|a| !a.is_empty())
                        .map(String::from)
                        .collect();
                }
                _ => {}
            }
        }
        if meta.compare == StdoutRule::OneOf && meta.alternatives.is_empty() {
            return Err("compare: oneof needs an `alternatives:` line".to_owned());
        }
        if meta.compare != StdoutRule::Subset && !meta.required.is_empty() {
            return Err(format!("`required:` only applies to compare: subset, not {}", meta.compare));
        }
        Ok(meta)
    }

    /// Applies the `normalize` rules, in order, to `text`.
    pub fn normalize(&self, text: &str) -> String {
        self.normalize.iter().fold(text.to_owned(), |text, rule| rule.apply(&text))
    }

    /// A short description for failure messages: `sorted (normalize: ids)`.
    pub fn describe(&self) -> String {
        if self.normalize.is_empty() {
            self.compare.to_string()
        } else {
            let rules: Vec<String> = self.normalize.iter().map(ToString::to_string).collect();
            format!("{} (normalize: {})", self.compare, rules.join(","))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_meta_keeps_only_the_rules() {
        let meta = Meta::parse(
            "mode: nondeterministic\ncompare: sorted\nnormalize: ids\nexit_code: 0\nfeatures: a: b; c\n",
        )
        .unwrap();
        assert_eq!(
            meta,
            Meta { compare: StdoutRule::Sorted, normalize: vec![Normalizer::Ids], ..Meta::default() }
        );
    }

    #[test]
    fn several_normalizers_and_none() {
        let meta = Meta::parse("compare: sorted\nnormalize: durations,port\n").unwrap();
        assert_eq!(meta.normalize, vec![Normalizer::Durations, Normalizer::Port]);
        assert!(Meta::parse("normalize: none\n").unwrap().normalize.is_empty());
    }

    #[test]
    fn subset_and_oneof_fields() {
        let meta = Meta::parse("compare: subset\nrequired: A b | C d\n").unwrap();
        assert_eq!(meta.required, vec!["A b", "C d"]);
        let meta = Meta::parse("compare: oneof\nalternatives: x.alt1.out x.alt2.out\n").unwrap();
        assert_eq!(meta.alternatives, vec!["x.alt1.out", "x.alt2.out"]);
    }

    #[test]
    fn typos_are_errors() {
        assert!(Meta::parse("compare: sortd\n").unwrap_err().contains("sortd"));
        assert!(Meta::parse("normalize: ids,portt\n").unwrap_err().contains("portt"));
        assert!(Meta::parse("compare: oneof\n").is_err());
        assert!(Meta::parse("compare: exact\nrequired: x\n").is_err());
    }

    #[test]
    fn normalizers_match_the_seed_recorder() {
        let meta = Meta::parse("normalize: durations,port,ids\n").unwrap();
        assert_eq!(
            meta.normalize("took 3.000162739s and 850µs, 1m2.5s, 12ms\n"),
            "took <dur> and <dur>, <dur>, <dur>\n"
        );
        assert_eq!(meta.normalize("GET http://127.0.0.1:43121/x\n"), "GET http://127.0.0.1:<port>/x\n");
        assert_eq!(
            meta.normalize("Worker 3 done, Consumer 12 got 4\n"),
            "Worker <id> done, Consumer <id> got 4\n"
        );
        // `\b` keeps words that merely end in the name untouched, and digits not after the name stay.
        assert_eq!(meta.normalize("CoWorker 3 job 5\n"), "CoWorker 3 job 5\n");
    }
}
