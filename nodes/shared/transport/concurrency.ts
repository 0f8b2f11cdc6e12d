/**
 * Runs `task` over `inputs` with at most `limit` running at once and returns the results in
 * input order. Once `shouldStop` says so (a failure the run cannot continue after), no new
 * task is started; those already running finish.
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
	const worker = async () => {
		while (!stopped && next < inputs.length) {
			const index = next++;
			const result = await task(inputs[index], index);
			results[index] = result;
			if (shouldStop(result)) stopped = true;
		}
	};
	const workers = Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker);
	await Promise.all(workers);
	return results;
}
