//! Rust's Project Fluent (`fluent-bundle`) formatting a catalogue: what the CLI and tests speak
//! through (the `fluent` feature). The app's pages use Mozilla's in the browser instead.

use crate::{pseudo, Args, Bundle, Error, Language, Value, PSEUDO};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// One language's catalogue read by Rust's Fluent.
pub struct RustBundle(FluentBundle<FluentResource>);

impl RustBundle {
    /// `language`'s messages from `ftl`; an error naming the language and each problem when
    /// `ftl` is not valid Fluent.
    pub fn new(language: Language, ftl: &str) -> Result<RustBundle, Error> {
        let syntax = |problems: Vec<String>| Error::Syntax {
            language: language.code,
            problems,
        };
        let resource = FluentResource::try_new(ftl.to_string())
            .map_err(|(_, errors)| syntax(errors.iter().map(|e| e.to_string()).collect()))?;
        let id: unic_langid::LanguageIdentifier = match language.code {
            // Plural rules for the pseudo-locale are English's.
            "en-XA" => "en".parse(),
            code => code.parse(),
        }
        .map_err(|e: unic_langid::LanguageIdentifierError| syntax(vec![e.to_string()]))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // Unicode isolation marks matter for right-to-left text, which none of the ten languages
        // is; without them the words can be searched and compared as they read.
        bundle.set_use_isolating(false);
        if language == PSEUDO {
            bundle.set_transform(Some(pseudo::transform));
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| syntax(errors.iter().map(|e| format!("{e:?}")).collect()))?;
        Ok(RustBundle(bundle))
    }
}

impl Bundle for RustBundle {
    fn has(&self, id: &str) -> bool {
        self.0.has_message(id)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &Args) -> Option<String> {
        let message = self.0.get_message(id)?;
        let pattern = match attribute {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|a| a.value()),
        }?;
        let mut fluent = FluentArgs::new();
        for (name, value) in args.iter() {
            let value: FluentValue = match value {
                Value::Text(t) => FluentValue::from(t.as_ref()),
                Value::Number(n) => FluentValue::from(*n),
            };
            fluent.set(name, value);
        }
        let mut errors = Vec::new();
        Some(
            self.0
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned(),
        )
    }
}

/// Every message id in `ftl` with the variables its value and attributes use, sorted.
pub(crate) fn catalogue_ids(ftl: &str) -> Vec<(String, Vec<String>)> {
    let resource = match FluentResource::try_new(ftl.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            for a in &m.attributes {
                variables(&a.value, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_string(), vars));
        }
    }
    out.sort();
    out
}

fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}
