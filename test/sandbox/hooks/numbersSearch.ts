/**
 * Searching what Telnyx has for sale, as the sandbox plays it: the inventory filtered the way
 * the reference describes its filters (area code, city, digits, features, type, best effort,
 * quickship…), and counted for inventory coverage.
 */
import type { SandboxRecord } from '../store';
import { forSale, holdOf, localPart, nationalPart, type InventoryNumber } from './numbersState';
import type { RouteContext } from './types';

/** Search: the numbers for sale that pass every filter, best-effort neighbours when asked. */
export function search(context: RouteContext) {
	const { query } = context.request;
	const text = (name: string) => query.get(`filter[${name}]`) ?? undefined;
	const flag = (name: string) => (text(name) === undefined ? undefined : text(name) === 'true');
	const pattern = (operator: string) => query.get(`filter[phone_number][${operator}]`) ?? '';
	const features = [...query.getAll('filter[features][]'), ...query.getAll('filter[features]').flatMap((v) => v.split(','))].filter(Boolean);
	const same = (actual: string | undefined, wanted: string | undefined) => !wanted || actual?.toLowerCase() === wanted.toLowerCase();
	const ndc = text('national_destination_code');
	const digits = (n: InventoryNumber) => (ndc ? localPart(n) : nationalPart(n));

	const general = (n: InventoryNumber) =>
		same(n.country_code, text('country_code')) &&
		same(n.administrative_area, text('administrative_area')) &&
		same(n.phone_number_type, text('phone_number_type')) &&
		features.every((f) => n.features.includes(f)) &&
		digits(n).startsWith(pattern('starts_with')) &&
		n.phone_number.endsWith(pattern('ends_with')) &&
		digits(n).includes(pattern('contains')) &&
		(flag('quickship') !== true || n.quickship === true) &&
		(flag('reservable') !== true || n.reservable !== false) &&
		(flag('exclude_held_numbers') !== true || !holdOf(context.api, n.phone_number));
	const place = (n: InventoryNumber) =>
		same(n.national_destination_code, ndc) && same(n.locality, text('locality')) && same(n.rate_center, text('rate_center'));

	const candidates = forSale(context.api).filter(general);
	const exact = candidates.filter(place);
	// best effort: numbers that match all but the place, when the exact ones run short
	const nearby = flag('best_effort') === true ? candidates.filter((n) => !place(n)) : [];
	const limit = Number(text('limit'));
	const found = [...exact.map((n) => offer(n, false)), ...nearby.map((n) => offer(n, true))];
	const data = Number.isInteger(limit) && limit > 0 ? found.slice(0, limit) : found;
	const meta = { total_results: data.length, best_effort_results: data.filter((n) => n.best_effort).length };
	return { status: 200, body: { data, meta, metadata: meta } };
}

function offer(n: InventoryNumber, bestEffort: boolean): SandboxRecord {
	const region = [
		{ region_type: 'country_code', region_name: n.country_code },
		...(n.rate_center ? [{ region_type: 'rate_center', region_name: n.rate_center }] : []),
		...(n.administrative_area ? [{ region_type: 'state', region_name: n.administrative_area }] : []),
		...(n.locality ? [{ region_type: 'location', region_name: n.locality }] : []),
	];
	return {
		record_type: 'available_phone_number',
		phone_number: n.phone_number,
		vanity_format: '',
		best_effort: bestEffort,
		quickship: n.quickship === true,
		reservable: n.reservable !== false,
		region_information: region,
		cost_information: { currency: 'USD', monthly_cost: n.monthly_cost ?? '1.00', upfront_cost: n.upfront_cost ?? '1.00' },
		features: n.features.map((name) => ({ name })),
	};
}

/** Inventory coverage: the numbers for sale counted per city, area code or NDC. */
export function inventoryCoverage(context: RouteContext) {
	const { query } = context.request;
	const text = (name: string) => query.get(`filter[${name}]`) ?? undefined;
	const features = [...query.getAll('filter[features][]'), ...query.getAll('filter[features]').flatMap((v) => v.split(','))].filter(Boolean);
	const groupBy = text('groupBy') ?? 'npa';
	const country = text('country_code') ?? 'US';
	const type = text('phone_number_type');
	const numbers = forSale(context.api).filter(
		(n) =>
			n.country_code === country &&
			(!type || n.phone_number_type === type) &&
			(!text('administrative_area') || n.administrative_area === text('administrative_area')) &&
			(!text('npa') || n.national_destination_code === text('npa')) &&
			features.every((f) => n.features.includes(f)),
	);
	const groups = new Map<string, InventoryNumber[]>();
	for (const n of numbers) {
		const key = groupBy === 'locality' ? (n.locality ?? '') : n.national_destination_code;
		groups.set(key, [...(groups.get(key) ?? []), n]);
	}
	const data = [...groups].map(([group, members]) => ({
		record_type: 'inventory_coverage_group',
		group,
		group_type: groupBy,
		coverage_type: 'number',
		number_type: 'did',
		number_range: 1,
		phone_number_type: members[0].phone_number_type,
		administrative_area: members[0].administrative_area ?? null,
		advance_requirements: false,
		...(text('count') === 'true' ? { count: members.length } : {}),
		...(features.length ? { features } : {}),
	}));
	return { status: 200, body: { data, meta: { total_results: data.length } } };
}
