//! Phone numbers typed into text. Every number lives once, in `services.toml`, and reaches the text
//! through a service function (`{ CALL("cmm-hotline") }`), so that when an NGO corrects a number,
//! every article in every language shows the new one. A number typed into a sentence would go stale
//! without anyone noticing, and a reader would call a number that no longer answers.
//!
//! The check knows every pack's numbers from its own `services.toml`, so it works for any region,
//! not only for the Danish numbers of the default pack.

use haven_format::fluent::{patterns, walk_pattern, FluentFile, PatternPart};
use haven_format::{offset_in, Diagnostic, LineIndex, Problem, ServiceDirectory};

/// Reports every run of digits in the text of `file` that is one of the services' numbers (with or
/// without its country code).
pub(crate) fn check_typed_numbers(
    file: &FluentFile,
    services: &ServiceDirectory,
    out: &mut Vec<Diagnostic>,
) {
    let numbers: Vec<(String, &str)> = services
        .services
        .iter()
        .flat_map(|s| {
            [&s.phone, &s.international_phone, &s.sms]
                .into_iter()
                .flatten()
                .map(move |number| (digits(number), s.id.as_str()))
        })
        .filter(|(digits, _)| !digits.is_empty())
        .collect();
    if numbers.is_empty() {
        return;
    }
    let text = file.resource().source();
    let index = LineIndex::new(text);
    for (id, pattern) in patterns(file.resource().entries()) {
        walk_pattern(pattern, &mut |part| {
            let PatternPart::Text(piece) = part else { return };
            for (start, run) in digit_runs(piece) {
                let Some((_, service)) = numbers.iter().find(|(n, _)| is_same_number(&run, n))
                else {
                    continue;
                };
                let (line, column) = index.position(offset_in(text, piece).unwrap_or(0) + start);
                let typed: String = piece[start..].chars().take_while(is_number_char).collect();
                out.push(Diagnostic {
                    file: file.file.clone(),
                    line,
                    column,
                    id: Some(id.clone()),
                    problem: Problem::NumberInText {
                        number: typed.trim_end().to_owned(),
                        service: (*service).to_owned(),
                    },
                });
            }
        });
    }
}

fn is_number_char(c: &char) -> bool {
    c.is_ascii_digit() || *c == ' ' || *c == '+'
}

/// The runs of a phone number in a text: digits, with single spaces between groups and an optional
/// leading `+`, as (byte offset, digits only).
fn digit_runs(text: &str) -> Vec<(usize, String)> {
    let mut runs = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, (offset, c)) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        match (c, &mut current) {
            (d, Some((_, run))) if d.is_ascii_digit() => run.push(*d),
            (d, None) if d.is_ascii_digit() => current = Some((*offset, d.to_string())),
            ('+', None) if next_is_digit => current = Some((*offset, String::new())),
            (' ', Some(_)) if next_is_digit => {}
            _ => runs.extend(current.take()),
        }
    }
    runs.extend(current);
    runs
}

/// Digits only: `+45 70 20 25 50` is `4570202550`.
fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Whether digits typed in text are a service's number: the same digits, or the number without its
/// country code (`70 20 25 50` for `+45 70 20 25 50`).
fn is_same_number(typed: &str, number: &str) -> bool {
    typed == number || (typed.len() >= 6 && number.len() > typed.len() && number.ends_with(typed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_digits_allow_spaces_between_groups_and_a_leading_plus() {
        assert_eq!(
            digit_runs("Ring +45 70 20 25 50 eller 112."),
            vec![(5, "4570202550".to_owned()), (27, "112".to_owned())]
        );
        assert_eq!(
            digit_runs("år 2026, 3 dage"),
            vec![(4, "2026".to_owned()), (10, "3".to_owned())]
        );
    }

    #[test]
    fn a_national_number_without_its_country_code_is_the_same_number() {
        assert!(is_same_number("70202550", "4570202550"));
        assert!(is_same_number("112", "112"));
        assert!(!is_same_number("12", "112"), "short numbers must match whole");
        assert!(!is_same_number("2026", "4570202550"));
    }
}
