import type { FieldCopy } from './types';

/** Fields the Telnyx Trigger reads and writes on the resources it registers with. */
export const triggerCopy: FieldCopy = {
	messagingProfileId: 'The messaging profile whose events start this workflow',
	credentialConnectionId: 'The credential connection whose call events start this workflow',
	fqdnConnectionId: 'The FQDN connection whose call events start this workflow',
	ipConnectionId: 'The IP connection whose call events start this workflow',
	callControlApplicationId: 'The call control application whose events start this workflow',
	rcsAgentId: 'The RCS agent whose events start this workflow',
	faxApplicationId: 'The fax application whose fax events start this workflow',
	texmlApplicationId: 'The TeXML application whose status callbacks (call progress, recordings) start this workflow',
	friendly_name: 'Name of the TeXML application; sent back unchanged',
	voice_url: 'Where Telnyx fetches the TeXML of the application\'s calls; sent back unchanged',
	status_callback: 'Where Telnyx sends the status callbacks of the application\'s calls',
	status_callback_method: 'How Telnyx sends status callbacks: as a GET or a POST',
	portingOrderId: 'The porting order whose events (status changes, comments) start this workflow',
	include_phone_numbers: 'Whether to include the numbers of each porting order',
	application_name: 'Name of the call control application; sent back unchanged',
	webhook_url: 'Where Telnyx sends events',
	webhook_failover_url: 'Where Telnyx sends events when the main URL fails',
	webhook_event_url: 'Where Telnyx sends call events',
	webhook_event_failover_url: 'Where Telnyx sends call events when the main URL fails',
	'filter[name][contains]': 'Only records whose name contains this text',
	'filter[connection_name][contains]': 'Only connections whose name contains this text',
	'filter[application_name][contains]': 'Only applications whose name contains this text',
	'filter[friendly_name]': 'Only applications whose name contains this text (at least three characters)',
};
