import type { ResourceDefinition } from '../types';

export const availablePhoneNumber: ResourceDefinition = {
	name: 'Available Phone Number',
	plural: 'available phone numbers',
	article: 'an',
	operations: {
		search: {
			endpoint: 'GET /available_phone_numbers',
			kind: 'list',
			name: 'Search',
			action: 'Search for phone numbers to buy',
			description: 'Find numbers you can buy by country, city, area code, digits, number type and features',
			upFront: ['filter[country_code]', 'filter[national_destination_code]', 'filter[features]'],
		},
		searchBlocks: {
			endpoint: 'GET /available_phone_number_blocks',
			kind: 'list',
			name: 'Search Blocks',
			action: 'Search for blocks of consecutive phone numbers',
			description: 'Find ranges of consecutive numbers you can buy together, by country, city and area code',
			upFront: ['filter[country_code]', 'filter[national_destination_code]'],
		},
		checkFeatures: {
			endpoint: 'POST /numbers_features',
			name: 'Check Features',
			action: 'Check the features of phone numbers',
			description: 'Find out which features (SMS, MMS, voice, fax, emergency…) each of several numbers supports',
			e164: ['phone_numbers'],
			idempotent: true,
		},
	},
};

export const countryCoverage: ResourceDefinition = {
	name: 'Country Coverage',
	plural: 'country coverage',
	operations: {
		getAllCountries: {
			endpoint: 'GET /country_coverage',
			kind: 'get',
			name: 'Get All Countries',
			action: 'Get the coverage of every country',
			description: 'See for every country which number types and features Telnyx offers',
		},
		get: {
			endpoint: 'GET /country_coverage/countries/{country_code}',
			action: 'Get the coverage of a country',
			description: 'See which number types and features Telnyx offers in one country',
		},
	},
};

export const inventoryCoverage: ResourceDefinition = {
	name: 'Inventory Coverage',
	plural: 'inventory coverage',
	article: 'an',
	operations: {
		getAll: {
			endpoint: 'GET /inventory_coverage',
			kind: 'list',
			action: 'Get how many numbers are in stock',
			description: 'Count the numbers in stock per city, area code or exchange, for a number type and features',
			// the answer only makes sense grouped: "If locality, npa or national_destination_code is used in groupBy…"
			upFront: ['filter[groupBy]', 'filter[country_code]', 'filter[phone_number_type]'],
		},
	},
};
