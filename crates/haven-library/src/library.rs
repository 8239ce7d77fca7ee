//! The library: an opened pack whose locales are parsed when first needed, and everything the
//! interface asks of it (locales, topics, articles, the service directory).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_bundle::FluentArgs;

use haven_format::fluent::{split_markers, Piece};
use haven_format::{
    block_kind, BlockKind, Diagnostic, Direction, LocaleFiles, LocaleInfo, Pack, PackInfo,
    PackRefused, PackSource, ServiceKind, SUMMARY, TITLE,
};

use crate::article::{Article, Block, Section, ServiceCard, ServiceEntry, Span, Text, Topic};
use crate::audio::clip_of_text;
use crate::fallback::{FallbackChain, Resolved};
use crate::negotiate::negotiate_locale;

// The names of haven_format::CONTENT_VARIABLES, as `args` sets them.
const PUBLISHER: &str = "publisher";
const PUBLISHED: &str = "published";
const VERSION: &str = "version";

/// A request for something the pack does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("the pack has no locale `{locale}`")]
    UnknownLocale { locale: String },
    #[error("the pack has no article `{article}`")]
    UnknownArticle { article: String },
    #[error("the pack has no self-check")]
    NoSelfCheck,
}

/// Which services the directory shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub kind: Option<ServiceKind>,
    /// Only services known to speak this language (a locale code; its region is ignored).
    pub language: Option<String>,
}

/// An opened content pack.
pub struct Library {
    pack: Pack,
    parsed: Mutex<HashMap<String, Arc<LocaleFiles>>>,
    problems: Mutex<Vec<Diagnostic>>,
    /// Voices of another pack, for the locales this one has none of: [`Library::with_voices_of`].
    pub(crate) borrowed_voices:
        Option<(PackSource, std::collections::BTreeMap<String, haven_format::VoiceInfo>)>,
}

impl Library {
    /// Opens a pack and parses its reference locale.
    ///
    /// Fails when `pack.toml` or `services.toml` is missing or has an error, or the reference locale
    /// has no files ([`Pack::open`]). Problems in Fluent files do not fail: the messages concerned
    /// fall back, and [`Library::problems`] lists them.
    pub fn open(source: PackSource) -> Result<Library, PackRefused> {
        let pack = Pack::open(source)?;
        let library = Library {
            problems: Mutex::new(pack.problems.clone()),
            pack,
            parsed: Mutex::default(),
            borrowed_voices: None,
        };
        library.locale_files(&library.pack.info.reference_locale.clone());
        Ok(library)
    }

    pub fn info(&self) -> &PackInfo {
        &self.pack.info
    }

    pub fn source(&self) -> &PackSource {
        &self.pack.source
    }

    pub(crate) fn pack(&self) -> &Pack {
        &self.pack
    }

    /// The locales a reader can choose: those listed in `pack.toml` that have files.
    pub fn locales(&self) -> &[LocaleInfo] {
        &self.pack.usable_locales
    }

    pub fn reference_locale(&self) -> &str {
        &self.pack.info.reference_locale
    }

    /// The best locale for a device's preferred locales, or the reference locale.
    pub fn negotiate<S: AsRef<str>>(&self, preferred: &[S]) -> String {
        let available: Vec<&str> = self.locales().iter().map(|l| l.code.as_str()).collect();
        negotiate_locale(preferred, &available, self.reference_locale())
    }

    /// Every problem found so far: in `pack.toml`, and in the Fluent files of the locales parsed.
    pub fn problems(&self) -> Vec<Diagnostic> {
        self.problems.lock().expect("not poisoned").clone()
    }

    /// Parses every locale and returns every problem in the pack. What `haven-pack` and the tests run
    /// before a pack is published; the app itself only parses what it shows.
    pub fn check_all_locales(&self) -> Vec<Diagnostic> {
        for locale in self.locales().to_vec() {
            self.locale_files(&locale.code);
        }
        self.problems()
    }

    /// The locales parsed so far.
    pub fn parsed_locales(&self) -> Vec<String> {
        let mut locales: Vec<String> =
            self.parsed.lock().expect("not poisoned").keys().cloned().collect();
        locales.sort();
        locales
    }

    fn locale_files(&self, locale: &str) -> Arc<LocaleFiles> {
        if let Some(files) = self.parsed.lock().expect("not poisoned").get(locale) {
            return files.clone();
        }
        // Parsing happens outside the lock; two threads may parse the same locale once each, and the
        // first to finish wins. That is cheaper than holding the lock while parsing.
        let (files, problems) = LocaleFiles::load(&self.pack, locale);
        let files = Arc::new(files);
        let mut parsed = self.parsed.lock().expect("not poisoned");
        if let Some(existing) = parsed.get(locale) {
            return existing.clone();
        }
        self.problems.lock().expect("not poisoned").extend(problems);
        parsed.insert(locale.to_owned(), files.clone());
        files
    }

    pub(crate) fn check_locale(&self, locale: &str) -> Result<&LocaleInfo, LookupError> {
        self.locales()
            .iter()
            .find(|l| l.code == locale)
            .ok_or_else(|| LookupError::UnknownLocale { locale: locale.to_owned() })
    }

    fn direction_of(&self, locale: &str) -> Direction {
        self.pack.info.locale(locale).map_or(Direction::Ltr, |l| l.direction)
    }

    /// The variables every message may use: [`haven_format::CONTENT_VARIABLES`].
    pub(crate) fn args(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        args.set(PUBLISHER, self.pack.info.publisher.as_str());
        args.set(PUBLISHED, self.pack.info.published.as_str());
        args.set(VERSION, self.pack.info.version.to_string());
        args
    }

    /// The reader's locale and the reference locale, with their files.
    pub(crate) fn chain_files<'s>(&'s self, locale: &'s str) -> Vec<(&'s str, Arc<LocaleFiles>)> {
        let mut chain = Vec::with_capacity(2);
        chain.push((locale, self.locale_files(locale)));
        let reference = self.reference_locale();
        if locale != reference {
            chain.push((reference, self.locale_files(reference)));
        }
        chain
    }

    pub(crate) fn text(&self, resolved: Resolved<'_>, requested: &str) -> Text {
        let spans = split_markers(&resolved.text)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Text(text) => Some(Span::Text { text: text.to_owned() }),
                Piece::Service { channel, service_id } => self
                    .pack
                    .services
                    .get(service_id)
                    .and_then(|s| s.contact(channel))
                    .map(|contact| Span::Contact { contact }),
            })
            .collect();
        Text {
            spans,
            lang: resolved.locale.to_owned(),
            dir: self.direction_of(resolved.locale),
            is_fallback: resolved.locale != requested,
        }
    }

    /// The topics of the home screen, in the pack's order.
    ///
    /// Fails when the locale is not in the pack.
    pub fn topics(&self, locale: &str) -> Result<Vec<Topic>, LookupError> {
        self.check_locale(locale)?;
        let files = self.chain_files(locale);
        let args = self.args();
        let articles = &self.pack.info.articles;
        let mut topics = Vec::with_capacity(articles.len());
        topics.extend(articles.iter().filter_map(|article| {
            let chain = article_chain(&files, &article.id);
            let title = self.text(chain.resolve(TITLE, None, Some(&args))?, locale);
            Some(Topic {
                id: article.id.clone(),
                icon: article.icon.clone(),
                title_audio: clip_of_text(self, locale, &article.id, TITLE, &title),
                title,
                summary: self.text(chain.resolve(SUMMARY, None, Some(&args))?, locale),
            })
        }));
        Ok(topics)
    }

    /// An article rendered into blocks in `locale`, each part falling back to the reference locale
    /// where it is not translated.
    ///
    /// Each part that the locale has a clip of today's text for carries it (`audio`).
    ///
    /// Fails when the locale or the article is not in the pack.
    pub fn article(&self, locale: &str, id: &str) -> Result<Article, LookupError> {
        let mut article = self.article_text(locale, id)?;
        self.attach_clips(&mut article);
        Ok(article)
    }

    /// [`Library::article`] without its clips.
    pub(crate) fn article_text(&self, locale: &str, id: &str) -> Result<Article, LookupError> {
        let locale_info = self.check_locale(locale)?;
        let info = self
            .pack
            .info
            .article(id)
            .ok_or_else(|| LookupError::UnknownArticle { article: id.to_owned() })?;
        let files = self.chain_files(locale);
        let chain = article_chain(&files, id);
        let args = self.args();
        let reference = &files.last().expect("the chain ends with the reference").1;
        let shapes = reference.articles.get(id).map(|f| f.shapes.as_slice()).unwrap_or_default();
        let services = self.service_chain(&files);

        let sections = shapes
            .iter()
            .filter(|s| s.id != TITLE && s.id != SUMMARY)
            .filter_map(|shape| {
                let sources: Vec<_> = info.sources_of(&shape.id).into_iter().cloned().collect();
                let mut section =
                    self.section(&chain, &shape.id, &shape.attributes, locale, &services, &args)?;
                section.sources = sources;
                Some(section)
            })
            .collect();
        let missing = |what: &str| self.missing_text(what);
        Ok(Article {
            id: id.to_owned(),
            locale: locale.to_owned(),
            dir: locale_info.direction,
            icon: info.icon.clone(),
            title: chain
                .resolve(TITLE, None, Some(&args))
                .map_or_else(|| missing(id), |r| self.text(r, locale)),
            summary: chain
                .resolve(SUMMARY, None, Some(&args))
                .map_or_else(|| missing(""), |r| self.text(r, locale)),
            title_audio: None,
            summary_audio: None,
            sections,
            sources: info.sources.clone(),
            review: locale_info.review,
            content_review: locale_info.content_review.clone(),
        })
    }

    /// A section message (a heading with blocks) through `chain`; `attributes` are the blocks the
    /// reference gives it, in order; `args` are [`Library::args`], built once per article.
    pub(crate) fn section<S: AsRef<str>>(
        &self,
        chain: &FallbackChain<'_>,
        id: &str,
        attributes: &[S],
        locale: &str,
        services: &FallbackChain<'_>,
        args: &FluentArgs<'_>,
    ) -> Option<Section> {
        let heading = chain.resolve(id, None, Some(args))?;
        let blocks = attributes
            .iter()
            .filter_map(|attribute| {
                let attribute = attribute.as_ref();
                let resolved = chain.resolve(id, Some(attribute), Some(args))?;
                self.block(block_kind(attribute)?, resolved, locale, services)
            })
            .collect();
        Some(Section {
            id: id.to_owned(),
            heading: self.text(heading, locale),
            blocks,
            sources: Vec::new(),
            audio: None,
        })
    }

    /// Text that stands for a message no locale has: its id, marked as not translated.
    pub(crate) fn missing_text(&self, what: &str) -> Text {
        Text {
            spans: vec![Span::Text { text: what.to_owned() }],
            lang: self.reference_locale().to_owned(),
            dir: self.direction_of(self.reference_locale()),
            is_fallback: true,
        }
    }

    fn block(
        &self,
        kind: BlockKind,
        resolved: Resolved<'_>,
        locale: &str,
        services: &FallbackChain<'_>,
    ) -> Option<Block> {
        Some(match kind {
            BlockKind::Paragraph => Block::Paragraph { text: self.text(resolved, locale) },
            BlockKind::Important => Block::Important { text: self.text(resolved, locale) },
            BlockKind::List => {
                let items = resolved
                    .text
                    .lines()
                    .map(|line| line.trim().trim_start_matches(['-', '•']).trim())
                    .filter(|item| !item.is_empty())
                    .map(|item| {
                        self.text(
                            Resolved { text: item.to_owned(), locale: resolved.locale },
                            locale,
                        )
                    })
                    .collect();
                Block::List { items }
            }
            BlockKind::Action => {
                let pieces = split_markers(&resolved.text);
                let mut services_named = pieces.iter().filter_map(|p| match p {
                    Piece::Service { channel, service_id } => Some((*channel, *service_id)),
                    Piece::Text(_) => None,
                });
                let (channel, service_id) = services_named.next()?;
                let service = self.pack.services.get(service_id)?;
                Block::Action {
                    contact: service.contact(channel)?,
                    service: self.card(service_id, services, locale)?,
                }
            }
        })
    }

    pub(crate) fn service_chain<'a>(
        &self,
        files: &'a [(&'a str, Arc<LocaleFiles>)],
    ) -> FallbackChain<'a> {
        FallbackChain {
            links: files.iter().map(|(locale, f)| (*locale, f.services.as_ref())).collect(),
        }
    }

    fn card(&self, id: &str, chain: &FallbackChain<'_>, locale: &str) -> Option<ServiceCard> {
        let service = self.pack.services.get(id)?;
        let attribute =
            |name: &str| chain.resolve(id, Some(name), None).map(|r| self.text(r, locale));
        let name = chain.resolve(id, None, None).map_or_else(
            || Text {
                spans: vec![Span::Text { text: id.to_owned() }],
                lang: self.reference_locale().to_owned(),
                dir: Direction::Ltr,
                is_fallback: true,
            },
            |r| self.text(r, locale),
        );
        Some(ServiceCard {
            id: id.to_owned(),
            kind: service.kind,
            name,
            description: attribute("description"),
            access: attribute("access"),
        })
    }

    /// Whether `href` is one of the pack's contact addresses (a `tel:`, `sms:`, `mailto:` or `https:`
    /// address of a service). The app opens only these, so the interface cannot be made to open
    /// anything the signed pack does not list.
    pub fn lists_contact(&self, href: &str) -> bool {
        self.pack.services.services.iter().any(|s| s.contacts().iter().any(|c| c.href == href))
    }

    /// The service directory in `locale`, filtered.
    ///
    /// Fails when the locale is not in the pack.
    pub fn directory(
        &self,
        locale: &str,
        filter: &DirectoryFilter,
    ) -> Result<Vec<ServiceEntry>, LookupError> {
        self.check_locale(locale)?;
        let files = self.chain_files(locale);
        let chain = self.service_chain(&files);
        let language = filter.language.as_deref().map(primary_language);
        Ok(self
            .pack
            .services
            .services
            .iter()
            .filter(|s| filter.kind.is_none_or(|kind| s.kind == kind))
            .filter(|s| {
                language
                    .is_none_or(|wanted| s.languages.iter().any(|l| primary_language(l) == wanted))
            })
            .filter_map(|service| {
                Some(ServiceEntry {
                    card: self.card(&service.id, &chain, locale)?,
                    contacts: service.contacts(),
                    details: service.clone(),
                })
            })
            .collect())
    }
}

fn article_chain<'a>(files: &'a [(&'a str, Arc<LocaleFiles>)], article: &str) -> FallbackChain<'a> {
    FallbackChain {
        links: files.iter().map(|(locale, f)| (*locale, f.articles.get(article))).collect(),
    }
}

fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}
