"""Expanding many JSON-LD documents of one shape for about the cost of one.

Processing contexts is most of what pyld spends on a credential, and all the credentials of
a level have one shape (the same keys, types and nesting; only values differ). pyld expands
the shape once, with a placeholder for each value, and a document's expanded form is that
template with its own values put back: expansion passes a string value through unchanged
(as an `@value`, or as an `@id` when it is an absolute IRI), while `type` values, which it
does change, belong to the shape. The first document of each shape is also expanded by
pyld itself; unless both agree, pyld expands every document of that shape.
"""

import json

from autograder.certify.proof import expand

PLACEHOLDER = "urn:x-course-placeholder:"  # an absolute IRI: stays itself as a literal or as an @id


class ShapeExpander:
    def __init__(self, loader=None):
        self.loader = loader
        self._templates: dict[str, list | None] = {}  # shape -> expanded template; None: pyld each time

    def expand(self, document: dict) -> list:
        values: list[str] = []
        shaped = _with_placeholders(document, values)
        shape = json.dumps(shaped, sort_keys=True)
        if shape not in self._templates:
            exact = expand(document, self.loader)
            template = expand(shaped, self.loader)
            self._templates[shape] = template if _filled(template, values) == exact else None
            return exact
        template = self._templates[shape]
        return expand(document, self.loader) if template is None else _filled(template, values)


def _with_placeholders(value, values: list):
    """`value` with each string, except @context and type values, replaced by a numbered
    placeholder; the strings are appended to `values`."""
    if isinstance(value, dict):
        return {k: v if k in ("@context", "type") else _with_placeholders(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_placeholders(v, values) for v in value]
    if isinstance(value, str):
        values.append(value)
        return f"{PLACEHOLDER}{len(values) - 1}"
    return value


def _filled(template, values: list):
    """A new expanded document: `template` with its placeholders replaced by `values`."""
    if isinstance(template, dict):
        return {k: _filled(v, values) for k, v in template.items()}
    if isinstance(template, list):
        return [_filled(v, values) for v in template]
    if isinstance(template, str) and template.startswith(PLACEHOLDER):
        return values[int(template[len(PLACEHOLDER):])]
    return template
