/**
 * Runs `task` over `inputs` with at most `limit` running at once and returns the results in
 * input order. Once `shouldStop` says so (a failure the run cannot continue after), or a task
 * throws, no new task is started; those already running finish before the result (or the
 * first error) is returned, so nothing is still under way afterwards.
 */
export async function mapWithConcurrency<T, R>(
	inputs: readonly T[],
	limit: number,
	task: (input: T, index: number) => Promise<R>,
	shouldStop: (result: R) => boolean = () => false,
): Promise<Array<R | undefined>> {
	const results: Array<R | undefined> = new Array(inputs.length);
	let next = 0;
	let stopped = false;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (!stopped && next < inputs.length) {
			const index = next++;
			let result: R;
			try {
				result = await task(inputs[index], index);
			} catch (error) {
				failure ??= { error };
				stopped = true;
				return;
			}
			results[index] = result;
			if (shouldStop(result)) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
	if (failure) throw failure.error;
	return results;
}
