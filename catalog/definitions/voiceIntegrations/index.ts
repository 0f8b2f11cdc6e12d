import { voiceIntegrationsCopy } from '../../copy/voiceIntegrations';
import type { NodeDefinition } from '../types';
import {
	externalConnection,
	externalConnectionCivicAddress,
	externalConnectionLocation,
	externalConnectionLogMessage,
	externalConnectionPhoneNumber,
	externalConnectionRelease,
	externalConnectionUpload,
	operatorConnect,
} from './externalConnections';
import { customStorageCredential, dialogflowConnection, mediaFile, siprecConnector } from './integrations';
import { recording, recordingTranscription } from './recordings';

export const voiceIntegrations: NodeDefinition = {
	node: 'telnyxVoiceIntegrations',
	displayName: 'Telnyx Voice Integrations',
	description: 'Manage Telnyx call recordings, transcriptions, media storage, external connections and SIPREC connectors',
	aliases: ['Call Recording', 'Recording', 'Transcription', 'Media', 'Audio File', 'SIPREC', 'Dialogflow', 'Microsoft Teams', 'Zoom'],
	categories: ['Communication', 'Development'],
	docs: 'telnyx-voice-integrations',
	versions: [
		{ version: 1, legacyDefaults: true },
		{ version: 2, defaults: { resource: 'recording' } },
	],
	upFrontSince: 2,
	copy: voiceIntegrationsCopy,
	resources: {
		recording,
		recordingTranscription,
		mediaFile,
		customStorageCredential,
		dialogflowConnection,
		siprecConnector,
		externalConnection,
		externalConnectionCivicAddress,
		externalConnectionLocation,
		externalConnectionLogMessage,
		externalConnectionPhoneNumber,
		externalConnectionRelease,
		externalConnectionUpload,
		operatorConnect,
	},
};
