/** Labels for the editor, derived from wire names: `webhook_event_url` → "Webhook Event URL". */
import { titleCase } from 'title-case';

const WORDS: Record<string, string> = {
	id: 'ID',
	ids: 'IDs',
	url: 'URL',
	urls: 'URLs',
	uri: 'URI',
	ip: 'IP',
	ips: 'IPs',
	sip: 'SIP',
	fqdn: 'FQDN',
	fqdns: 'FQDNs',
	dtmf: 'DTMF',
	srtp: 'SRTP',
	rtcp: 'RTCP',
	rtp: 'RTP',
	ani: 'ANI',
	dnis: 'DNIS',
	cidr: 'CIDR',
	dns: 'DNS',
	api: 'API',
	tls: 'TLS',
	tcp: 'TCP',
	udp: 'UDP',
	prack: 'PRACK',
	isup: 'ISUP',
	ios: 'iOS',
	t38: 'T.38',
	sms: 'SMS',
	mms: 'MMS',
	rcs: 'RCS',
	loa: 'LOA',
	cld: 'CLD',
	sbc: 'SBC',
	mtu: 'MTU',
	asn: 'ASN',
	gcs: 'GCS',
	s3: 'S3',
	aws: 'AWS',
	ttl: 'TTL',
	mcc: 'MCC',
	mnc: 'MNC',
	vlan: 'VLAN',
	bgp: 'BGP',
	e164: 'E.164',
	gsm7: 'GSM-7',
	wireguard: 'WireGuard',
	gce: 'GCE',
	pop: 'PoP',
	mbps: '(Mbps)',
	cx: 'CX',
	es: 'ES',
	ucs2: 'UCS-2',
	isv: 'ISV',
	addr1: 'Address 1',
	addr2: 'Address 2',
	ein: 'EIN',
	mfa: 'MFA',
	sid: 'SID',
	amd: 'AMD',
	ai: 'AI',
	texml: 'TeXML',
	siprec: 'SIPREC',
	tts: 'TTS',
	sdk: 'SDK',
	cnam: 'CNAM',
	wav: 'WAV',
	mp3: 'MP3',
	pin: 'PIN',
	hd: 'HD',
	iso: 'ISO',
	alpha2: 'Alpha-2',
	npa: 'NPA',
	nxx: 'NXX',
	csv: 'CSV',
	csr: 'CSR',
	p2p: 'P2P',
	a2p: 'A2P',
	vpn: 'VPN',
	pwg: 'PWG',
	pig: 'PIG',
	vcc: 'VCC',
	secs: '(Seconds)',
	msec: '(Ms)',
	ms: '(Ms)',
	1: '1',
	'1xx': '1xx',
	'2xx': '2xx',
	gt: 'Greater Than',
	gte: 'At Least',
	lt: 'Less Than',
	lte: 'At Most',
	eq: 'Equals',
	ne: 'Not Equal To',
	contains: 'Contains',
	startswith: 'Starts With',
	starts_with: 'Starts With',
	endswith: 'Ends With',
	ends_with: 'Ends With',
};

const DATE_OPERATORS: Record<string, string> = {
	gt: 'After',
	gte: 'On or After',
	lt: 'Before',
	lte: 'On or Before',
	eq: 'On',
};

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'to', 'the', 'via', 'with']);

/** Title case as n8n's lint rules define it, with Telnyx's acronyms spelled right. */
export function titleCaseWords(words: string[]): string {
	const joined = words
		.filter(Boolean)
		.map((word, index) => {
			const lower = word.toLowerCase();
			if (WORDS[lower] !== undefined) return WORDS[lower];
			if (index > 0 && SMALL.has(lower)) return lower;
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	return fixPhrases(titleCase(joined));
}

/** Words that read right only together. */
const PHRASES: Array<[RegExp, string]> = [
	[/\bOpt in\b/g, 'Opt-In'],
	[/\bOpt Out\b/g, 'Opt-Out'],
	[/\bOpt out\b/g, 'Opt-Out'],
];

function fixPhrases(label: string): string {
	return PHRASES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), label);
}

/** Splits snake_case, kebab-case and camelCase names into words. */
export function splitWords(name: string): string[] {
	return name
		// plural acronyms stay one word: imageURLs → image urls, not "UR Ls"
		.replace(/([A-Z]{2,})s(?![a-z])/g, (_match, acronym: string) => ` ${acronym.toLowerCase()}s `)
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/[\s_.-]+/)
		.filter(Boolean);
}

export function displayNameFor(name: string): string {
	return titleCaseWords(splitWords(name));
}

/**
 * Labels bracketed query parameters: `filter[connection_name][contains]` → "Connection Name Contains",
 * `filter[created_at][gte]` → "Created On or After".
 */
export function displayNameForQuery(name: string, isDate: boolean): string {
	const parts = name.match(/[^[\]]+/g) ?? [name];
	const [root, ...rest] = parts;
	const segments = (root === 'filter' || root === 'filters') && rest.length ? rest : parts;
	const last = segments[segments.length - 1].toLowerCase();
	if (segments.length > 1 && isDate && DATE_OPERATORS[last]) {
		const subject = segments.slice(0, -1).flatMap(splitWords).filter((w) => w.toLowerCase() !== 'at');
		return titleCaseWords([...subject, ...DATE_OPERATORS[last].split(' ')]);
	}
	return titleCaseWords(segments.flatMap(splitWords));
}

/** Dropdown label of an enum value: readable words for snake/kebab values, the value itself otherwise. */
export function enumLabel(value: string | number | boolean | null): string {
	if (value === null) return 'None';
	const text = String(value);
	if (/^[a-z0-9]+([_-][a-z0-9]+)*$/.test(text) && /[a-z]/.test(text)) return titleCaseWords(text.split(/[_-]/));
	// SCREAMING_SNAKE values (SOLE_PROPRIETOR) read as words too
	if (/^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(text) || /^[A-Z]{4,}$/.test(text)) {
		return titleCaseWords(text.toLowerCase().split('_'));
	}
	// language tags read as they are written, with n8n's casing of ID (Indonesian: id-ID → ID-ID)
	return titleCase(text.replace(/e\.?164/gi, 'E.164')).replace(/\bId\b/g, 'ID');
}

export { parameterNameFor } from '../../nodes/shared/catalog/naming';
