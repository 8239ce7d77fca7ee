//! Reading an HSDS file: JSON objects that know their path (`$.contents[2].phones[0]`), so every
//! value of the wrong type is refused with the place it is at.

use serde_json::{Map, Value};

use super::DirectoryError;

/// A JSON object and its path, whose readers fail on a value of the wrong type.
pub(super) struct Object<'a> {
    map: &'a Map<String, Value>,
    pub path: String,
}

impl<'a> Object<'a> {
    pub fn new(value: &'a Value, path: String) -> Result<Object<'a>, DirectoryError> {
        match value {
            Value::Object(map) => Ok(Object { map, path }),
            other => Err(wrong_type(&path, "an object", other)),
        }
    }

    pub fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    pub fn str(&self, key: &str) -> Result<Option<&'a str>, DirectoryError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.as_str())),
            Some(other) => Err(wrong_type(&self.at(key), "a string", other)),
        }
    }

    pub fn required_str(&self, key: &str) -> Result<&'a str, DirectoryError> {
        self.str(key)?.ok_or_else(|| DirectoryError::NotHsds {
            path: self.at(key),
            expected: "a string (HSDS requires it)".into(),
            found: "nothing".into(),
        })
    }

    pub fn number(&self, key: &str) -> Result<Option<f64>, DirectoryError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(other) => Err(wrong_type(&self.at(key), "a number", other)),
        }
    }

    pub fn object(&self, key: &str) -> Result<Option<Object<'a>>, DirectoryError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => Object::new(value, self.at(key)).map(Some),
        }
    }

    pub fn objects(&self, key: &str) -> Result<Vec<Object<'a>>, DirectoryError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(vec![]),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(index, item)| Object::new(item, format!("{}[{index}]", self.at(key))))
                .collect(),
            Some(other) => Err(wrong_type(&self.at(key), "an array", other)),
        }
    }

    /// Notes every field with a value that is not in `known`.
    pub fn report_unknown(
        &self,
        known: &[&str],
        what: &str,
        note: &mut impl FnMut(String, String),
    ) {
        for (key, value) in self.map {
            if !known.contains(&key.as_str()) && has_content(value) {
                note(self.at(key), format!("services.toml has no place for this field of {what}"));
            }
        }
    }
}

fn has_content(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(map) => !map.is_empty(),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

pub(super) fn wrong_type(path: &str, expected: &str, found: &Value) -> DirectoryError {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    DirectoryError::NotHsds {
        path: path.to_owned(),
        expected: expected.to_owned(),
        found: found.into(),
    }
}
