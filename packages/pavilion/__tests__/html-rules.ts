import { HtmlValidate, Rule, type ConfigData, type DOMReadyEvent } from 'html-validate';

/**
 * The HTML standard's rules for a built page, checked where the tests run (the W3C Nu checker is a
 * web service, which tests should not depend on): html-validate's recommended rules, plus one rule
 * its parser leaves out. Returns one line per problem.
 */

/**
 * The Nu checker stops on an element after `</html>` ("Stray start tag"): a browser moves it into
 * the body, but the page is not conforming. html-validate's parser keeps such an element as a
 * sibling of `<html>` and says nothing, so this rule does.
 */
class OneRootElement extends Rule {
	override documentation() {
		return { description: 'Everything in a document is inside its one <html> element.' };
	}
	override setup() {
		this.on('dom:ready', (event: DOMReadyEvent) => {
			for (const element of event.document.root.childElements.slice(1))
				this.report(element, `<${element.tagName}> after </html>: put it inside <body>`);
		});
	}
}

const config: ConfigData = {
	root: true,
	plugins: [{ name: 'pavilion', rules: { 'pavilion/one-root-element': OneRootElement } }],
	extends: ['html-validate:recommended'],
	rules: {
		'pavilion/one-root-element': 'error',
		// Style preferences of the recommended set, not conformance errors of the HTML standard:
		// a page title's length is a search-engine preference, and articles set their own titles.
		'long-title': 'off',
		// Which space a phone number holds is typography; the organizer writes the number in the options.
		'tel-non-breaking': 'off',
		// The standard allows any id without spaces; the strict form also wants a leading letter,
		// which the heading ids made from article headings ("1-cobots…") do not have.
		'valid-id': ['error', { relaxed: true }],
	},
};

const validator = new HtmlValidate(config);

/** What the rules find in one page, as "name:line:column rule message" lines. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
	const report = await validator.validateString(html, name);
	return report.results.flatMap((result) =>
		result.messages.map((message) => `${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
	);
}
