//! What the loader and the lint report: a [`Problem`] (what is wrong, with its context in named
//! fields), where it is, and how bad it is. The wording is for NGO editors and volunteer translators:
//! each problem says in a plain sentence what is wrong, and [`Problem::help`] says how to fix it.
//!
//! The loader and the lint report in this one type, so `haven-pack lint`, `haven-pack build`, the
//! app's preview and the sync client's check of a download all show the same problem the same way.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::Serialize;

use crate::pack_file::SelfCheckInfo;
use crate::services_file::PhoneProblem;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Readers would see wrong or broken guidance, or the app would refuse part of the pack:
    /// `haven-pack build` refuses to sign a pack with errors.
    Error,
    /// Worth a look before publishing, but readers still get correct guidance (for example a
    /// message not yet translated, which falls back to the reference text).
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found in a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The file, relative to the pack folder, with `/` between folders: `da/help-now.ftl`.
    pub file: String,
    /// From 1.
    pub line: usize,
    /// From 1, counting characters (not bytes), as editors do.
    pub column: usize,
    /// What the problem is about: a message id (`danger`, `danger.p1`), a service id
    /// (`services.cmm-hotline.phone`) or an entry of `pack.toml` (`locales.da.endonym`).
    pub id: Option<String>,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// A stable, kebab-case name of the check, such as `missing-message`.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// `da/help-now.ftl:12:18: error[unknown-service] `danger.p1`: CALL("emergancy"): no service ... Use ...`
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]",
            self.file,
            self.line,
            self.column,
            self.severity(),
            self.code()
        )?;
        if let Some(id) = &self.id {
            write!(f, " `{id}`")?;
        }
        write!(f, ": {} {}", sentence(&self.problem.to_string()), self.problem.help())
    }
}

/// Starts a message with a capital letter and ends it with a full stop, so that the problem and its
/// fix read as two sentences.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut sentence: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !sentence.ends_with(['.', '?', '!']) {
        sentence.push('.');
    }
    sentence
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Diagnostic", 8)?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("severity", &self.severity())?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("message", &sentence(&self.problem.to_string()))?;
        s.serialize_field("help", &self.problem.help())?;
        s.end()
    }
}

/// What is wrong. Each variant is one check; its context is in named fields.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    // Reading files.
    #[error("this file cannot be read: {reason}")]
    Unreadable { reason: String },
    #[error("the file {file} is missing; every pack needs it")]
    MissingPackFile { file: String },

    // pack.toml and services.toml.
    #[error("this is not valid TOML: {message}")]
    InvalidToml { message: String },
    #[error("`{field}` is missing from {owner}")]
    MissingField { field: String, owner: String },
    #[error("`{field}` must be {expected}, not {found}")]
    InvalidValue { field: String, expected: String, found: String },
    #[error("`{field}` is not a field of {owner}; the app refuses a file with unknown fields")]
    UnknownField { field: String, owner: String, allowed: Vec<&'static str> },
    #[error("the locale `{locale}` is listed twice (first on line {first_line})")]
    DuplicateLocale { locale: String, first_line: usize },
    #[error("the article `{article}` is listed twice (first on line {first_line})")]
    DuplicateArticle { article: String, first_line: usize },
    #[error("the reference locale `{locale}` is not one of the [[locales]]")]
    ReferenceLocaleNotListed { locale: String },
    #[error("the locale `{locale}` is listed, but the folder {locale}/ has no .ftl files, so readers cannot choose it")]
    LocaleWithoutFiles { locale: String },
    #[error("the folder {locale}/ is not a locale listed in pack.toml, so the app ignores it")]
    UnlistedLocale { locale: String },
    #[error("the article `{article}` lists no sources; every fact in an article must come from a source readers can check")]
    ArticleWithoutSources { article: String },
    #[error("the source id `{source_id}` is given to more than one source of this article (first on line {first_line})")]
    DuplicateSource { source_id: String, first_line: usize },
    #[error("`{source_id}` is not the id of a source of the article `{article}`, so readers cannot see where this section's facts come from")]
    UnknownSource { article: String, source_id: String },
    #[error(
        "`{article}` is not an article in pack.toml, so the self-check cannot send readers to it"
    )]
    UnknownArticle { article: String },
    #[error("the question `{question}` is listed twice (first on line {first_line})")]
    DuplicateQuestion { question: String, first_line: usize },
    #[error("`{id}` is the name of one of the self-check's own messages, so it cannot be a question's id")]
    ReservedQuestionId { id: String },
    #[error("`{source_id}` is not the id of a source of the article `{article}`, so readers cannot see where this question's sign comes from")]
    UnknownQuestionSource { article: String, source_id: String },
    #[error("the self-check has no `{id}`; the reference locale's self-check.ftl needs one")]
    MissingSelfCheckMessage { id: String },
    #[error(
        "`{section}` is not a section of {file}, so these sources belong to nothing a reader sees"
    )]
    SectionNotInReference { section: String, file: String },
    #[error("this section names no sources in pack.toml, so readers cannot see where its facts come from")]
    SectionWithoutSource { article: String },
    #[error("the {reference_locale} text of this message changed after it was translated, so the translation may say what the reference no longer says")]
    OutdatedTranslation { reference_locale: String, locale: String },
    #[error(
        "the service id `{service}` is used by more than one service (first on line {first_line})"
    )]
    DuplicateService { service: String, first_line: usize },
    #[error(
        "`{id}` is not a valid id: use lower-case letters, digits and '-', starting with a letter"
    )]
    InvalidId { id: String },
    #[error("`{kind}` is not a kind of service")]
    UnknownKind { kind: String },
    #[error("the {field} number \"{number}\" {}", phone_problem_text(.problem))]
    PhoneNotInternational { field: String, number: String, problem: PhoneProblem },
    #[error("the web address \"{url}\" does not start with https://")]
    InsecureUrl { url: String },
    #[error("the address of the app \"{url}\" does not start with https://, so anyone on the reader's network could change where the link leads")]
    InsecureAppUrl { url: String },
    #[error("the service `{service}` has no text in the reference locale, so the directory would show its id instead of its name")]
    ServiceWithoutText { service: String },
    #[error("`{service}` is not a service in services.toml, so the app never shows this text")]
    TextForUnknownService { service: String },

    // audio/<locale>/voice.toml.
    #[error(
        "`{found}` is not a source of audio; a clip is \"recorded\" by a person or \"synthetic\""
    )]
    UnknownClipSource { found: String },
    #[error(
        "this clip is recorded, but it does not say who speaks it, so nobody can answer for it"
    )]
    RecordingWithoutSpeaker,
    #[error(
        "`{message}` is not a message of the locale `{locale}`, so no reader ever hears this clip"
    )]
    UnknownClipMessage { message: String, locale: String },
    #[error("the clip {file} is missing, so readers would get a button that plays nothing")]
    ClipFileMissing { file: String },
    #[error("the clip {file} has {actual} bytes, but voice.toml says {recorded}, so it is not the file the clip was described from")]
    ClipSizeMismatch { file: String, recorded: u64, actual: u64 },
    #[error("the clip of `{message}` is listed twice with the same source (first on line {first_line}); the app plays only the first")]
    DuplicateClip { message: String, first_line: usize },
    #[error("the text of this message changed after its audio was made, so the clip says what the text no longer says; the app does not offer it")]
    OutdatedAudio { locale: String, clip: String },

    // Fluent files.
    #[error("this choice has no default variant, so Fluent cannot read the message")]
    MissingDefaultVariant,
    #[error("Fluent cannot read this ({})", lower_first(.parser_message))]
    SyntaxError { parser_message: String, hint: String },
    #[error("`{id}` is defined twice in this file (first on line {first_line}); the app uses only the first")]
    DuplicateMessage { id: String, first_line: usize },
    #[error("the term -{name} and the message {name} have the same name (the first on line {first_line}); the app keeps only the first, so the other is never shown")]
    TermClashesWithMessage { name: String, first_line: usize },
    #[error("the block .{attribute} is given twice in this message; the app shows the first one in both places")]
    DuplicateAttribute { attribute: String },
    #[error("the variant [{key}] is given twice in this choice; the second is never used")]
    DuplicateVariant { key: String },
    #[error("the text has a replacement character (\u{FFFD}), a sign that it was damaged by a wrong text encoding")]
    ReplacementCharacter,
    #[error("{function}(\"{service}\"): {reason}")]
    UnknownService { function: String, service: String, reason: String },
    #[error("{function} is not a function Haven knows")]
    UnknownFunction { function: String, is_interface: bool },
    #[error("{{ {reference} }} refers to a message that is not in this file")]
    UnknownMessageReference { reference: String },
    #[error("{{ -{term} }} refers to a term that is not in this file")]
    UnknownTerm { term: String },
    #[error(
        "{{ ${variable} }} is not a variable the app provides, so this text would not be shown"
    )]
    UnknownVariable { variable: String, known: Vec<&'static str> },
    #[error("{reason}")]
    InvalidArticleMessage { reason: String },
    #[error("the article has no `{id}`; every article of the reference locale needs one")]
    MissingArticleMessage { id: String },
    #[error("this plural choice has no variant for the {locale} plural {} {}", plural_word(.categories.len()), .categories.join(", "))]
    MissingPluralCategories { locale: String, categories: Vec<String> },
    #[error("the reference locale has no {file}, so no locale can show this article")]
    MissingReferenceFile { file: String },
    #[error(
        "this locale has no {file}, so readers see the whole article in the reference language"
    )]
    MissingFile { file: String },
    #[error("the file {file} is not an article in pack.toml, so the app never shows it")]
    UnknownFile { file: String },
    #[error("the number {number} of the service `{service}` is typed into the text, so it would not change when services.toml does")]
    NumberInText { number: String, service: String },

    /// A translation compared with the reference (`haven_lint::translation_check`).
    #[error("{}", translation_sentence(.kind))]
    Translation { kind: ProblemKind },
}

/// What a comparison of a translation with its reference found (`haven_lint::translation_check`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    /// The reference has the message; `reference_line` is where.
    #[error("not translated: the reference has this message, so readers see the reference text")]
    MissingMessage { reference_line: usize },
    #[error(
        "not translated: the reference has this block, so readers see the reference text for it"
    )]
    MissingAttribute { reference_line: usize },
    #[error("obsolete: the reference no longer has this, so readers never see it")]
    Obsolete,
    /// A variable, service function, message or term the reference uses and the translation does
    /// not, written as in Fluent (`$version`, `CALL("emergency")`, `-brand`).
    #[error("does not use {{ {placeable} }}, which the reference uses here")]
    MissingPlaceable { placeable: String },
    #[error("uses {{ {placeable} }}, which the reference does not use here")]
    ExtraPlaceable { placeable: String },
    /// `expected` is the script's name, such as `Cyrillic`.
    #[error("is mostly not in {expected} script ({percent}% of its letters are)")]
    WrongScript { expected: String, percent: u32 },
    #[error("is the same as the reference text")]
    CopyOfReference,
    #[error("is {percent}% of the reference's length, outside {min}-{max}%: is text missing or left over?")]
    ImplausibleLength { percent: u32, min: u32, max: u32 },
}

impl ProblemKind {
    /// How to fix it, in a sentence a translator can act on.
    pub fn help(&self) -> String {
        match self {
            ProblemKind::MissingMessage { reference_line } => {
                format!("Translate it from line {reference_line} of the same file in the reference locale.")
            }
            ProblemKind::MissingAttribute { reference_line } => format!(
                "Add the block with the same name, translated from line {reference_line} of the same file in the reference locale."
            ),
            ProblemKind::Obsolete => {
                "Delete it, or give it the name the reference uses now.".to_owned()
            }
            ProblemKind::MissingPlaceable { .. } => "Put it back into the translated text exactly as \
                written: readers in every language must get the same numbers, links and facts."
                .to_owned(),
            ProblemKind::ExtraPlaceable { .. } => "Remove it, or use what the reference uses here: \
                only the reference decides which services and variables a text shows."
                .to_owned(),
            ProblemKind::WrongScript { .. } => "Check that this is the right language: it may \
                have been pasted from another translation or left in English."
                .to_owned(),
            ProblemKind::CopyOfReference => "Translate it; if it really is the same in this \
                language (a name, for example), it can stay."
                .to_owned(),
            ProblemKind::ImplausibleLength { .. } => "Compare it with the reference sentence by \
                sentence: a part may be missing, or text from elsewhere pasted in."
                .to_owned(),
        }
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The comparison's findings read as a predicate of the message ("is the same as the reference
/// text"); as a sentence of their own they need a subject.
fn translation_sentence(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::MissingMessage { .. }
        | ProblemKind::MissingAttribute { .. }
        | ProblemKind::Obsolete => kind.to_string(),
        ProblemKind::WrongScript { .. } | ProblemKind::ImplausibleLength { .. } => {
            format!("this section {kind}")
        }
        ProblemKind::MissingPlaceable { .. }
        | ProblemKind::ExtraPlaceable { .. }
        | ProblemKind::CopyOfReference => format!("this text {kind}"),
    }
}

fn plural_word(count: usize) -> &'static str {
    if count == 1 {
        "category"
    } else {
        "categories"
    }
}

fn phone_problem_text(problem: &PhoneProblem) -> &'static str {
    match problem {
        PhoneProblem::NotOnlyDigits => "has characters other than digits, spaces and a leading +",
        PhoneProblem::NotInternational => "is not in international form",
        PhoneProblem::WrongLength => "has too few or too many digits for an international number",
    }
}

impl Problem {
    pub fn severity(&self) -> Severity {
        match self {
            Problem::MissingPluralCategories { .. }
            | Problem::DuplicateVariant { .. }
            | Problem::ReplacementCharacter
            | Problem::MissingFile { .. }
            | Problem::UnknownFile { .. }
            | Problem::SectionWithoutSource { .. }
            | Problem::OutdatedTranslation { .. }
            | Problem::TextForUnknownService { .. }
            | Problem::OutdatedAudio { .. } => Severity::Warning,
            Problem::Translation { kind } => match kind {
                ProblemKind::MissingPlaceable { .. } | ProblemKind::ExtraPlaceable { .. } => {
                    Severity::Error
                }
                ProblemKind::MissingMessage { .. }
                | ProblemKind::MissingAttribute { .. }
                | ProblemKind::Obsolete
                | ProblemKind::WrongScript { .. }
                | ProblemKind::CopyOfReference
                | ProblemKind::ImplausibleLength { .. } => Severity::Warning,
            },
            _ => Severity::Error,
        }
    }

    /// Whether the loader refuses the message this problem is in: the message is treated as missing
    /// and falls back to the reference text, rather than shown broken.
    pub fn refuses_message(&self) -> bool {
        matches!(
            self,
            Problem::UnknownService { .. }
                | Problem::UnknownFunction { .. }
                | Problem::InvalidArticleMessage { .. }
                | Problem::UnknownVariable { .. }
                | Problem::UnknownMessageReference { .. }
                | Problem::UnknownTerm { .. }
        )
    }

    /// A stable name for the check, for scripts and for `expected.txt` in the broken-pack tests.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unreadable { .. } => "unreadable-file",
            Problem::MissingPackFile { .. } => "missing-pack-file",
            Problem::InvalidToml { .. } => "invalid-toml",
            Problem::MissingField { .. } => "missing-field",
            Problem::InvalidValue { .. } => "invalid-value",
            Problem::UnknownField { .. } => "unknown-field",
            Problem::DuplicateLocale { .. } => "duplicate-locale",
            Problem::DuplicateArticle { .. } => "duplicate-article",
            Problem::ReferenceLocaleNotListed { .. } => "reference-locale-not-listed",
            Problem::LocaleWithoutFiles { .. } => "locale-without-files",
            Problem::UnlistedLocale { .. } => "unlisted-locale",
            Problem::ArticleWithoutSources { .. } => "article-without-sources",
            Problem::DuplicateSource { .. } => "duplicate-source",
            Problem::UnknownSource { .. } => "unknown-source",
            Problem::UnknownArticle { .. } => "unknown-article",
            Problem::DuplicateQuestion { .. } => "duplicate-question",
            Problem::ReservedQuestionId { .. } => "reserved-question-id",
            Problem::UnknownQuestionSource { .. } => "unknown-question-source",
            Problem::MissingSelfCheckMessage { .. } => "missing-self-check-message",
            Problem::SectionNotInReference { .. } => "section-not-in-reference",
            Problem::SectionWithoutSource { .. } => "section-without-source",
            Problem::OutdatedTranslation { .. } => "outdated-translation",
            Problem::DuplicateService { .. } => "duplicate-service",
            Problem::InvalidId { .. } => "invalid-id",
            Problem::UnknownKind { .. } => "unknown-kind",
            Problem::PhoneNotInternational { .. } => "phone-not-international",
            Problem::InsecureUrl { .. } => "insecure-url",
            Problem::InsecureAppUrl { .. } => "insecure-app-url",
            Problem::ServiceWithoutText { .. } => "service-without-text",
            Problem::TextForUnknownService { .. } => "text-for-unknown-service",
            Problem::UnknownClipSource { .. } => "unknown-clip-source",
            Problem::RecordingWithoutSpeaker => "recording-without-speaker",
            Problem::UnknownClipMessage { .. } => "unknown-clip-message",
            Problem::ClipFileMissing { .. } => "clip-file-missing",
            Problem::ClipSizeMismatch { .. } => "clip-size-mismatch",
            Problem::DuplicateClip { .. } => "duplicate-clip",
            Problem::OutdatedAudio { .. } => "outdated-audio",
            Problem::MissingDefaultVariant => "missing-default-variant",
            Problem::SyntaxError { .. } => "syntax-error",
            Problem::DuplicateMessage { .. } => "duplicate-message",
            Problem::TermClashesWithMessage { .. } => "term-clashes-with-message",
            Problem::DuplicateAttribute { .. } => "duplicate-attribute",
            Problem::DuplicateVariant { .. } => "duplicate-variant",
            Problem::ReplacementCharacter => "replacement-character",
            Problem::UnknownService { .. } => "unknown-service",
            Problem::UnknownFunction { .. } => "unknown-function",
            Problem::UnknownMessageReference { .. } => "unknown-message-reference",
            Problem::UnknownTerm { .. } => "unknown-term",
            Problem::UnknownVariable { .. } => "unknown-variable",
            Problem::InvalidArticleMessage { .. } => "invalid-article-message",
            Problem::MissingArticleMessage { .. } => "missing-article-message",
            Problem::MissingPluralCategories { .. } => "missing-plural-categories",
            Problem::MissingReferenceFile { .. } => "missing-reference-file",
            Problem::MissingFile { .. } => "missing-file",
            Problem::UnknownFile { .. } => "unknown-file",
            Problem::NumberInText { .. } => "number-in-text",
            Problem::Translation { kind } => match kind {
                ProblemKind::MissingMessage { .. } => "missing-message",
                ProblemKind::MissingAttribute { .. } => "missing-attribute",
                ProblemKind::Obsolete => "obsolete",
                ProblemKind::MissingPlaceable { .. } => "missing-placeable",
                ProblemKind::ExtraPlaceable { .. } => "extra-placeable",
                ProblemKind::WrongScript { .. } => "wrong-script",
                ProblemKind::CopyOfReference => "copy-of-reference",
                ProblemKind::ImplausibleLength { .. } => "implausible-length",
            },
        }
    }

    /// How to fix it, as a sentence.
    pub fn help(&self) -> String {
        match self {
            Problem::Unreadable { .. } => {
                "Save it as UTF-8 text and check that you may read it.".to_owned()
            }
            Problem::MissingPackFile { file } => {
                format!("Create {file} as described in content/README.md.")
            }
            Problem::InvalidToml { .. } => "Check quotes, brackets and '=' on this line; \
                text values need double quotes."
                .to_owned(),
            Problem::MissingField { field, .. } => format!("Add `{field} = ...` here."),
            Problem::InvalidValue { .. } => "Write the value in the form described.".to_owned(),
            Problem::UnknownField { allowed, .. } => {
                format!("Check the spelling; the fields here are: {}.", allowed.join(", "))
            }
            Problem::DuplicateLocale { .. }
            | Problem::DuplicateArticle { .. }
            | Problem::DuplicateService { .. } => {
                "Remove one of them, or give one another id.".to_owned()
            }
            Problem::ReferenceLocaleNotListed { .. } => {
                "Add a [[locales]] entry for it, or name a listed locale.".to_owned()
            }
            Problem::LocaleWithoutFiles { locale } => format!(
                "Add the translation files to {locale}/ (`haven-pack new-locale` makes a \
                scaffold), or remove the locale from pack.toml."
            ),
            Problem::UnlistedLocale { .. } => "Add a [[locales]] entry for it to pack.toml \
                (`haven-pack new-locale` does both), or delete the folder."
                .to_owned(),
            Problem::ArticleWithoutSources { .. } => "Add [[articles.sources]] entries with \
                the title and address of the pages the facts come from."
                .to_owned(),
            Problem::DuplicateSource { .. } => {
                "Give each source its own id, and name it so in [articles.sections].".to_owned()
            }
            Problem::UnknownSource { .. } => "Use the id of one of the article's \
                [[articles.sources]], or add that source with `id = ...`."
                .to_owned(),
            Problem::UnknownArticle { .. } => {
                "Use the id of one of the [[articles]], such as the article on signs.".to_owned()
            }
            Problem::DuplicateQuestion { .. } => {
                "Remove one of them, or give one another id.".to_owned()
            }
            Problem::ReservedQuestionId { .. } => format!(
                "Give the question another id; {} are taken.",
                SelfCheckInfo::MESSAGES.join(", ")
            ),
            Problem::UnknownQuestionSource { article, .. } => format!(
                "Use the id of one of the [[articles.sources]] of the article `{article}`, which \
                list the signs."
            ),
            Problem::MissingSelfCheckMessage { id } => {
                format!("Add `{id} = ...` to the reference locale's self-check.ftl.")
            }
            Problem::SectionNotInReference { .. } => "Use the id of a section of the reference \
                file, or remove the line from [articles.sections]."
                .to_owned(),
            Problem::SectionWithoutSource { article } => format!(
                "Add a line `<section> = [\"<source id>\", ...]` for it to [articles.sections] of \
                the article `{article}` in pack.toml."
            ),
            Problem::OutdatedTranslation { locale, .. } => format!(
                "Compare it with the reference text and update it, then run `haven-pack \
                mark-translated <content folder> --locale {locale}`."
            ),
            Problem::InvalidId { .. } => "Rename it, and use the new id everywhere.".to_owned(),
            Problem::UnknownKind { .. } => "Use one of: emergency, police, hotline, shelter, \
                legal, health, support, authority."
                .to_owned(),
            Problem::PhoneNotInternational { .. } => "Write it as + country code and number \
                (\"+45 70 20 25 50\"), so it works from a foreign SIM card; only short national \
                numbers of 3 to 6 digits (\"112\", \"114\") may stay as they are."
                .to_owned(),
            Problem::InsecureUrl { .. } => {
                "Use the https:// address of the page; the app opens no other.".to_owned()
            }
            Problem::InsecureAppUrl { .. } => "Use the https:// address of the app's page in the \
                store or on your own site, or leave `app_url` out to show no link."
                .to_owned(),
            Problem::ServiceWithoutText { service } => format!(
                "Add `{service} = <name>` with a `.description` to the reference services.ftl."
            ),
            Problem::TextForUnknownService { .. } => {
                "Delete it, or fix the id to match services.toml.".to_owned()
            }
            Problem::UnknownClipSource { .. } => "Write source = \"recorded\" with speaker = \"...\", \
                or source = \"synthetic\" with voice = \"...\"."
                .to_owned(),
            Problem::RecordingWithoutSpeaker => {
                "Add speaker = \"...\" with the name (or role) of the person who reads it.".to_owned()
            }
            Problem::UnknownClipMessage { .. } => "Fix `message` to the file and id of a message \
                of this locale (\"help-now/summary\"), or delete the clip."
                .to_owned(),
            Problem::ClipFileMissing { .. } => "Put the file there, or run `haven-pack voice` \
                again, which rewrites voice.toml from the files it finds."
                .to_owned(),
            Problem::ClipSizeMismatch { .. } => "Run `haven-pack voice` again after replacing a \
                clip; it keeps recordings and records their size."
                .to_owned(),
            Problem::DuplicateClip { .. } => "Delete one of them.".to_owned(),
            Problem::OutdatedAudio { locale, .. } => format!(
                "Record the clip again, or run `haven-pack voice <content folder> --locale {locale}` \
                to make a synthetic one from today's text."
            ),
            Problem::MissingDefaultVariant => "Mark the variant to use for any other number \
                with a star, for example *[other] ...; every choice needs exactly one."
                .to_owned(),
            Problem::SyntaxError { hint, .. } => hint.clone(),
            Problem::DuplicateMessage { .. } => {
                "Delete one, or rename it as the reference names it.".to_owned()
            }
            Problem::TermClashesWithMessage { name, .. } => {
                format!(
                    "Rename the term, for example to -{name}-name, where it is defined and used."
                )
            }
            Problem::DuplicateAttribute { .. } => {
                "Rename one (.p1, .p2, ...), or delete the copy.".to_owned()
            }
            Problem::DuplicateVariant { .. } => "Delete one of the two.".to_owned(),
            Problem::ReplacementCharacter => "Copy the text again from the original, saved as \
                UTF-8, and check the letters around this place."
                .to_owned(),
            Problem::UnknownService { .. } => {
                "Use an id from services.toml, or add the missing contact there.".to_owned()
            }
            Problem::UnknownFunction { is_interface: false, .. } => "Use CALL, SMS, EMAIL or WEB \
                with a service id, for example { CALL(\"emergency\") }."
                .to_owned(),
            Problem::UnknownFunction { is_interface: true, .. } => {
                "Interface strings use no functions; write the text out.".to_owned()
            }
            Problem::UnknownMessageReference { .. } | Problem::UnknownTerm { .. } => {
                "Fix the name, or define it in this file: a text can only use messages and \
                terms of its own file."
                    .to_owned()
            }
            Problem::UnknownVariable { known, .. } => format!(
                "Use only {}, or write the text out.",
                known.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
            ),
            Problem::InvalidArticleMessage { .. } => {
                "See content/README.md for how an article is written.".to_owned()
            }
            Problem::MissingArticleMessage { id } => format!("Add `{id} = ...` to the file."),
            Problem::MissingPluralCategories { .. } => "Add a variant for each, such as \
                [few] ...; until then those numbers get the default variant."
                .to_owned(),
            Problem::MissingReferenceFile { .. } => {
                "Write the article in the reference locale, or remove it from pack.toml.".to_owned()
            }
            Problem::MissingFile { .. } => "Translate the article (`haven-pack new-locale` \
                shows how a scaffold looks), or leave it to fall back for now."
                .to_owned(),
            Problem::UnknownFile { .. } => {
                "Rename it to an article id from pack.toml, or delete it.".to_owned()
            }
            Problem::NumberInText { service, .. } => format!(
                "Write {{ CALL(\"{service}\") }} instead, so the number comes from services.toml and \
                can be tapped."
            ),
            Problem::Translation { kind } => kind.help(),
        }
    }
}

/// Orders problems as an editor fixes them: `pack.toml`, `services.toml`, the reference locale
/// (whose mistakes often explain those of the translations), then the other files by path; within a
/// file by line and column. The same problem found twice is listed once.
pub fn sort_diagnostics(diagnostics: &mut Vec<Diagnostic>, reference_locale: Option<&str>) {
    let reference_folder = reference_locale.map(|locale| format!("{locale}/"));
    let group = |d: &Diagnostic| match d.file.as_str() {
        crate::PACK_FILE => 0,
        crate::SERVICES_FILE => 1,
        file if reference_folder.as_deref().is_some_and(|r| file.starts_with(r)) => 2,
        _ => 3,
    };
    diagnostics.sort_by(|a, b| {
        (group(a), &a.file, a.line, a.column, a.code(), &a.id).cmp(&(
            group(b),
            &b.file,
            b.line,
            b.column,
            b.code(),
            &b.id,
        ))
    });
    diagnostics.dedup();
}
