/**
 * A small XML well-formedness check (TeXML markup): one root element, tags closed in order,
 * quoted attributes given once, comments, CDATA, processing instructions and entity references
 * written correctly. Not a validator of TeXML's verbs: Telnyx judges those. Returns the first
 * problem with its line and column (both from 1), or undefined when the text is well-formed.
 */
export interface XmlProblem {
	message: string;
	line: number;
	column: number;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITY = /^&(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);/;

export function xmlProblem(text: string): XmlProblem | undefined {
	const open: string[] = [];
	let roots = 0;
	let i = 0;
	const fail = (message: string, at = i): XmlProblem => ({ message, ...position(text, at) });
	const skipSpace = () => {
		while (i < text.length && /\s/.test(text[i])) i++;
	};

	// an XML declaration may come first, with nothing before it
	if (text.startsWith('<?xml')) {
		const end = text.indexOf('?>');
		if (end < 0) return fail('the XML declaration is not closed with ?>');
		i = end + 2;
	}
	while (i < text.length) {
		const char = text[i];
		if (char !== '<') {
			if (char === '&' && !ENTITY.test(text.slice(i))) return fail('"&" must start an entity such as &amp;');
			if (!open.length && !/\s/.test(char)) return fail('text outside the root element');
			i++;
			continue;
		}
		if (text.startsWith('<!--', i)) {
			const end = text.indexOf('-->', i + 4);
			if (end < 0) return fail('a comment is not closed with -->');
			i = end + 3;
			continue;
		}
		if (text.startsWith('<![CDATA[', i)) {
			if (!open.length) return fail('CDATA outside the root element');
			const end = text.indexOf(']]>', i);
			if (end < 0) return fail('a CDATA section is not closed with ]]>');
			i = end + 3;
			continue;
		}
		if (text.startsWith('<?', i)) {
			const end = text.indexOf('?>', i);
			if (end < 0) return fail('a processing instruction is not closed with ?>');
			i = end + 2;
			continue;
		}
		if (text.startsWith('<!DOCTYPE', i)) {
			if (roots || open.length) return fail('a DOCTYPE must come before the root element');
			const end = text.indexOf('>', i);
			if (end < 0) return fail('the DOCTYPE is not closed with >');
			i = end + 1;
			continue;
		}
		if (text[i + 1] === '/') {
			const start = i;
			i += 2;
			const name = NAME.exec(text.slice(i))?.[0];
			if (!name) return fail('a closing tag without a name', start);
			i += name.length;
			skipSpace();
			if (text[i] !== '>') return fail(`the closing tag </${name}> is not closed with >`);
			const expected = open.pop();
			if (expected !== name) {
				return fail(expected ? `</${name}> closes <${expected}>` : `</${name}> has no opening tag`, start);
			}
			i++;
			continue;
		}
		const start = i;
		i++;
		const name = NAME.exec(text.slice(i))?.[0];
		if (!name) return fail('"<" must start a tag; write &lt; for a less-than sign', start);
		if (!open.length && roots) return fail(`a second root element <${name}>; put everything inside one, e.g. <Response>`, start);
		i += name.length;
		const seen = new Set<string>();
		for (;;) {
			const before = i;
			skipSpace();
			if (text.startsWith('/>', i)) {
				i += 2;
				if (!open.length) roots++;
				break;
			}
			if (text[i] === '>') {
				i++;
				if (!open.length) roots++;
				open.push(name);
				break;
			}
			if (i >= text.length) return fail(`the tag <${name}> is not closed with >`, start);
			if (i === before) return fail(`a space is needed before the attribute in <${name}>`);
			const attribute = NAME.exec(text.slice(i))?.[0];
			if (!attribute) return fail(`unexpected "${text[i]}" in <${name}>`);
			if (seen.has(attribute)) return fail(`the attribute ${attribute} is given twice in <${name}>`);
			seen.add(attribute);
			i += attribute.length;
			skipSpace();
			if (text[i] !== '=') return fail(`the attribute ${attribute} in <${name}> needs ="value"`);
			i++;
			skipSpace();
			const quote = text[i];
			if (quote !== '"' && quote !== "'") return fail(`the value of ${attribute} in <${name}> must be in quotes`);
			const end = text.indexOf(quote, i + 1);
			if (end < 0) return fail(`the value of ${attribute} in <${name}> is not closed with ${quote}`);
			const value = text.slice(i + 1, end);
			const bad = value.search(/<|&(?![A-Za-z_][\w.-]*;|#\d+;|#x[0-9A-Fa-f]+;)/);
			if (bad >= 0) return fail(`the value of ${attribute} contains "${value[bad]}"; write &lt; or &amp;`, i + 1 + bad);
			i = end + 1;
		}
	}
	if (open.length) return fail(`<${open[open.length - 1]}> is not closed`);
	if (!roots) return fail('no element; TeXML starts with <Response>');
	return undefined;
}

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, Math.min(index, text.length));
	const lines = before.split('\n');
	return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
