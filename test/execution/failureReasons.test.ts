/**
 * What "Wait for Completion" says when Telnyx reports work as failed: the reasons the record
 * holds, found at the paths the catalog names, each naming the number it is about.
 */
import { failureReasons } from '../../nodes/shared/execution/failureReasons';

test('a number order: the numbers that did not succeed, with their requirement status', () => {
	const order = {
		status: 'failure',
		phone_numbers: [
			{ phone_number: '+13125550100', status: 'success', requirements_status: 'approved' },
			{ phone_number: '+13125550199', status: 'failure', requirements_status: 'requirement-info-exception' },
		],
	};
	expect(failureReasons(order, ['phone_numbers[].requirements_status'], ['success'], 'status')).toBe(
		'+13125550199: requirement-info-exception',
	);
});

test('a background job: the errors of each failed operation, under its number', () => {
	const job = {
		status: 'failed',
		failed_operations: [
			{ id: '1', phone_number: '+13125550101', errors: [{ code: '10005', title: 'Not found', detail: 'No such number' }] },
			{ id: '2', phone_number: '+13125550102', errors: [{ detail: 'Deletion lock is on' }, { detail: 'No such number' }] },
		],
	};
	expect(failureReasons(job, ['failed_operations[].errors[].detail'], ['completed'], 'status')).toBe(
		'+13125550101: No such number; +13125550102: Deletion lock is on; +13125550102: No such number',
	);
});

test('a plain message, nothing where the record is silent, and at most ten reasons', () => {
	expect(failureReasons({ error_message: 'Carrier did not answer' }, ['error_message'], ['completed'], 'status')).toBe('Carrier did not answer');
	expect(failureReasons({ error_message: null, phone_numbers: 'oops' }, ['error_message', 'phone_numbers[].x'], [], 'status')).toBe('');
	const many = { phone_numbers: Array.from({ length: 30 }, (_, i) => ({ phone_number: `+1312555${1000 + i}`, errors: 'held' })) };
	expect(failureReasons(many, ['phone_numbers[].errors'], ['success'], 'status').split('; ')).toHaveLength(10);
});
