/**
 * Shipped parameters are a contract: saved workflows store parameter names (and leave defaults
 * out), so what a node version has shown may not disappear, change type or change its default.
 * The lock (catalog/parameters.lock.json) records it; a change goes into a new node version.
 */
import { breaches, currentLock, extend, readLock } from '../../scripts/parameterLock';

const lock = readLock();
const current = currentLock();

test('nothing locked has gone, changed type or changed its default', () => {
	expect(breaches(lock, current)).toEqual([]);
});

test('every parameter the built nodes show is in the lock (npm run lock records new ones)', () => {
	expect(extend(lock, current)).toEqual(lock);
});

test('a change to a shipped parameter is caught', () => {
	const changed = structuredClone(current);
	const messaging = changed.telnyxMessaging['1'];
	delete messaging.operations['message.send']['additionalFields.from'];
	messaging.operations['message.send'].to = 'number';
	messaging.defaults.resource = 'message';
	expect(breaches(lock, changed)).toEqual([
		'telnyxMessaging v1: the default resource changed from "hostedNumber" to "message"',
		'telnyxMessaging v1: message.send: "additionalFields.from" (string) is gone',
		'telnyxMessaging v1: message.send: "to" changed from string to number',
	]);
});
