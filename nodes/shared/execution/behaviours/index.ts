import type { BehaviourName } from '../../catalog/types';
import { awaitCallEvent } from './awaitCallEvent';
import { commandId } from './commandId';
import { downloadFromRecord } from './downloadFromRecord';
import { eventStream } from './eventStream';
import { fileAnswer } from './fileAnswer';
import { formBody } from './formBody';
import { multipartBody } from './multipartBody';
import type { Behaviour } from './types';
import { waitForCompletion } from './waitForCompletion';

export type { Behaviour, OperationContext, OperationResult } from './types';

/** Every behaviour an operation can name in the catalog. */
export const BEHAVIOURS: Record<BehaviourName, Behaviour> = {
	multipartBody,
	formBody,
	fileAnswer,
	eventStream,
	downloadFromRecord,
	waitForCompletion,
	commandId,
	awaitCallEvent,
};
