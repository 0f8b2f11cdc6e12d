/** Date-time values as RFC 3339 with a UTC offset, which is what Telnyx's `date-time` fields take. */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * `2026-01-31T12:00:00` in `America/Chicago` → `2026-01-31T12:00:00-06:00`. Values that carry
 * an offset already are kept as they are; undefined when the text is not a date.
 */
export function withUtcOffset(text: string, timeZone: string): string | undefined {
	if (HAS_OFFSET.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
	const match = WALL_CLOCK.exec(text);
	if (!match) return undefined;
	const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = ''] = match;
	const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
	if (Number.isNaN(wall)) return undefined;
	// the offset in force at that wall time (twice: the first guess may sit across a DST change)
	let offset = offsetAt(wall, timeZone);
	offset = offsetAt(wall - offset, timeZone);
	return `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${formatOffset(offset)}`;
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(instant / 1000) * 1000;
}

function formatOffset(ms: number): string {
	if (ms === 0) return 'Z';
	const sign = ms > 0 ? '+' : '-';
	const minutes = Math.round(Math.abs(ms) / 60_000);
	return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
