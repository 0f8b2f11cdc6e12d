/** Editor values → API values, for the shapes that have no SIP example: lists of small records. */
import type { FieldSchema } from '../../nodes/shared/catalog/types';
import { editorKind } from '../../nodes/shared/catalog/editorKind';
import { toWireValue } from '../../nodes/shared/execution/toWireValue';

const phoneNumbers: FieldSchema = {
	type: 'array',
	minItems: 1,
	items: {
		type: 'object',
		required: ['phoneNumber'],
		properties: { phoneNumber: { type: 'string', check: 'e164', displayName: 'Phone Number' } },
	},
};
const label = { label: '"Phone Numbers" (phoneNumbers)' };

test('a list of flat records is edited as a repeatable form', () => {
	expect(editorKind(phoneNumbers)).toBe('fixedList');
	expect(editorKind({ type: 'array', items: { type: 'object', properties: { a: { type: 'object', properties: { b: {} } } } } })).toBe(
		'json',
	);
});

test('form entries become the API list, with editor names mapped back to wire names', () => {
	expect(toWireValue(phoneNumbers, { values: [{ phoneNumber: '+18005550100' }, { phoneNumber: '+18005550101' }] }, label)).toEqual([
		{ phoneNumber: '+18005550100' },
		{ phoneNumber: '+18005550101' },
	]);
});

test('optional texts an entry leaves empty are not sent; a required one left empty is refused', () => {
	const ordered: FieldSchema = {
		type: 'array',
		items: {
			type: 'object',
			required: ['phone_number'],
			properties: { phone_number: { type: 'string', check: 'e164' }, bundle_id: { type: 'string' }, requirement_group_id: { type: 'string' } },
		},
	};
	// the editor fills every field of an entry, touched or not
	const entry = { phoneNumber: '+18005550100', bundleId: '', requirementGroupId: 'rg-1' };
	expect(toWireValue(ordered, { values: [entry] }, label)).toEqual([{ phone_number: '+18005550100', requirement_group_id: 'rg-1' }]);
	expect(() => toWireValue(ordered, { values: [{ ...entry, phoneNumber: '' }] }, label)).toThrow(/E\.164/);
});

test('the same list may come from an expression as an array or JSON text', () => {
	expect(toWireValue(phoneNumbers, [{ phoneNumber: '+18005550100' }], label)).toEqual([{ phoneNumber: '+18005550100' }]);
	expect(toWireValue(phoneNumbers, '[{"phoneNumber": "+18005550100"}]', label)).toEqual([{ phoneNumber: '+18005550100' }]);
});

test('entries are checked: E.164, required keys, at least one entry', () => {
	expect(() => toWireValue(phoneNumbers, { values: [{ phoneNumber: '0800 555 0100' }] }, label)).toThrow(
		/"Phone Numbers" \(phoneNumbers\) entry 1 › "Phone Number" \(phoneNumber\).*E\.164/,
	);
	expect(() => toWireValue(phoneNumbers, { values: [{}] }, label)).toThrow(/is missing "phoneNumber"/);
	expect(() => toWireValue(phoneNumbers, {}, label)).toThrow(/needs at least 1 item/);
	expect(() => toWireValue(phoneNumbers, '[{"phoneNumber": ', label)).toThrow(/is not valid JSON/);
});
