// Cloud regions and the electricity grid zone each one stands in.
//
// The location of each region is the provider's own (see PROVIDER_SOURCES). The grid zone is
// carbon-budget's mapping of that location onto an Electricity Maps zone id: the country, or for
// countries that Electricity Maps splits (United States balancing authorities, Nordic bidding
// zones, Japan, India, Australia, Canada, Italy, Brazil, Malaysia) the zone that serves the
// region's metro area or state. Where the provider names only a metro area and more than one
// utility serves it, `note` says which was chosen and why; where it names only a country or a wide
// area, `note` marks the zone "approximate". Regions whose access the provider restricts are listed
// with a trailing comment. Licence of this mapping: MIT, as the project.

export type Provider = 'aws' | 'gcp' | 'azure';

export interface CloudRegion {
  readonly provider: Provider;
  readonly region: string;
  /** The location as the provider publishes it. */
  readonly location: string;
  /** Electricity Maps zone id. */
  readonly zone: string;
  readonly note?: string;
  /** Open only to customers the provider approves: never suggested as a greener choice. */
  readonly restricted?: boolean;
}

export const PROVIDER_SOURCES: Record<Provider, { name: string; title: string; url: string; retrieved: number }> = {
  aws: {
    name: 'Amazon Web Services',
    title: 'AWS Regions (AWS General Reference / Global Infrastructure)',
    url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
    // Also: AWS SDK endpoint metadata, `regions.<id>.description` in botocore/data/endpoints.json
    // (https://github.com/boto/botocore/blob/develop/botocore/data/endpoints.json), which also covers the aws-cn and aws-eusc partitions.
    retrieved: 2026,
  },
  gcp: {
    name: 'Google Cloud',
    title: 'Regions and zones (Compute Engine documentation)',
    url: 'https://cloud.google.com/compute/docs/regions-zones',
    // Also: Infrastructure Manager "Locations" (https://docs.cloud.google.com/infrastructure-manager/docs/locations)
    // for asia-southeast3 (Bangkok, Thailand) and europe-north2 (Stockholm, Sweden).
    retrieved: 2026,
  },
  azure: {
    name: 'Microsoft Azure',
    title: 'List of Azure regions (Azure reliability documentation)',
    url: 'https://learn.microsoft.com/en-us/azure/reliability/regions-list',
    retrieved: 2026,
  },
};

const PJM = 'US-MIDA-PJM';

export const CLOUD_REGIONS: readonly CloudRegion[] = [
  // Amazon Web Services
  { provider: 'aws', region: 'us-east-1', location: 'US East (N. Virginia)', zone: PJM },
  { provider: 'aws', region: 'us-east-2', location: 'US East (Ohio)', zone: PJM },
  { provider: 'aws', region: 'us-west-1', location: 'US West (N. California)', zone: 'US-CAL-CISO' },
  {
    provider: 'aws',
    region: 'us-west-2',
    location: 'US West (Oregon)',
    zone: 'US-NW-BPAT',
    note: 'north-east Oregon (Umatilla and Morrow counties), inside the Bonneville Power Administration balancing area',
  },
  { provider: 'aws', region: 'ca-central-1', location: 'Canada (Central), Montréal', zone: 'CA-QC' },
  { provider: 'aws', region: 'ca-west-1', location: 'Canada West (Calgary)', zone: 'CA-AB' },
  { provider: 'aws', region: 'mx-central-1', location: 'Mexico (Central)', zone: 'MX' },
  { provider: 'aws', region: 'sa-east-1', location: 'South America (São Paulo)', zone: 'BR-CS' },
  { provider: 'aws', region: 'eu-west-1', location: 'Europe (Ireland)', zone: 'IE' },
  { provider: 'aws', region: 'eu-west-2', location: 'Europe (London)', zone: 'GB' },
  { provider: 'aws', region: 'eu-west-3', location: 'Europe (Paris)', zone: 'FR' },
  { provider: 'aws', region: 'eu-central-1', location: 'Europe (Frankfurt)', zone: 'DE' },
  { provider: 'aws', region: 'eu-central-2', location: 'Europe (Zurich)', zone: 'CH' },
  { provider: 'aws', region: 'eu-north-1', location: 'Europe (Stockholm)', zone: 'SE-SE3' },
  { provider: 'aws', region: 'eu-south-1', location: 'Europe (Milan)', zone: 'IT-NO' },
  { provider: 'aws', region: 'eu-south-2', location: 'Europe (Spain), Aragón', zone: 'ES' },
  { provider: 'aws', region: 'il-central-1', location: 'Israel (Tel Aviv)', zone: 'IL' },
  { provider: 'aws', region: 'me-south-1', location: 'Middle East (Bahrain)', zone: 'BH' },
  { provider: 'aws', region: 'me-central-1', location: 'Middle East (UAE)', zone: 'AE' },
  { provider: 'aws', region: 'af-south-1', location: 'Africa (Cape Town)', zone: 'ZA' },
  { provider: 'aws', region: 'ap-east-1', location: 'Asia Pacific (Hong Kong)', zone: 'HK' },
  { provider: 'aws', region: 'ap-east-2', location: 'Asia Pacific (Taipei)', zone: 'TW' },
  { provider: 'aws', region: 'ap-south-1', location: 'Asia Pacific (Mumbai)', zone: 'IN-WE' },
  { provider: 'aws', region: 'ap-south-2', location: 'Asia Pacific (Hyderabad)', zone: 'IN-SO' },
  { provider: 'aws', region: 'ap-northeast-1', location: 'Asia Pacific (Tokyo)', zone: 'JP-TK' },
  { provider: 'aws', region: 'ap-northeast-2', location: 'Asia Pacific (Seoul)', zone: 'KR' },
  { provider: 'aws', region: 'ap-northeast-3', location: 'Asia Pacific (Osaka)', zone: 'JP-KN' },
  { provider: 'aws', region: 'ap-southeast-1', location: 'Asia Pacific (Singapore)', zone: 'SG' },
  { provider: 'aws', region: 'ap-southeast-2', location: 'Asia Pacific (Sydney)', zone: 'AU-NSW' },
  { provider: 'aws', region: 'ap-southeast-3', location: 'Asia Pacific (Jakarta)', zone: 'ID' },
  { provider: 'aws', region: 'ap-southeast-4', location: 'Asia Pacific (Melbourne)', zone: 'AU-VIC' },
  {
    provider: 'aws',
    region: 'ap-southeast-5',
    location: 'Asia Pacific (Malaysia)',
    zone: 'MY-WM',
    note:
      'approximate: AWS names only the country; ' +
      'the Peninsular Malaysia grid (Kuala Lumpur, Johor) chosen rather than Borneo',
  },
  { provider: 'aws', region: 'ap-southeast-6', location: 'Asia Pacific (New Zealand)', zone: 'NZ' },
  { provider: 'aws', region: 'ap-southeast-7', location: 'Asia Pacific (Thailand)', zone: 'TH' },
  // AWS European Sovereign Cloud (aws-eusc partition)
  { provider: 'aws', region: 'eusc-de-east-1', location: 'AWS European Sovereign Cloud (Germany)', zone: 'DE' },
  // AWS China (aws-cn partition)
  {
    provider: 'aws',
    region: 'cn-north-1',
    location: 'China (Beijing)',
    zone: 'CN',
    note: 'country average: Electricity Maps does not split China into its regional grids',
  },
  {
    provider: 'aws',
    region: 'cn-northwest-1',
    location: 'China (Ningxia)',
    zone: 'CN',
    note: 'country average: Electricity Maps does not split China into its regional grids',
  },

  // Google Cloud
  {
    provider: 'gcp',
    region: 'us-central1',
    location: 'Council Bluffs, Iowa',
    zone: 'US-MIDW-MISO',
    note: 'MidAmerican Energy, a member of the Midcontinent ISO',
  },
  {
    provider: 'gcp',
    region: 'us-east1',
    location: 'Moncks Corner, South Carolina',
    zone: 'US-CAR-SC',
    note: 'Berkeley County, served through Santee Cooper (South Carolina Public Service Authority)',
  },
  { provider: 'gcp', region: 'us-east4', location: 'Ashburn, Virginia', zone: PJM },
  { provider: 'gcp', region: 'us-east5', location: 'Columbus, Ohio', zone: PJM },
  { provider: 'gcp', region: 'us-south1', location: 'Dallas, Texas', zone: 'US-TEX-ERCO' },
  {
    provider: 'gcp',
    region: 'us-west1',
    location: 'The Dalles, Oregon',
    zone: 'US-NW-BPAT',
    note: 'Northern Wasco County PUD, inside the Bonneville Power Administration balancing area',
  },
  {
    provider: 'gcp',
    region: 'us-west2',
    location: 'Los Angeles, California',
    zone: 'US-CAL-CISO',
    note: 'approximate: the Los Angeles metro area is split between CAISO utilities and LADWP; CAISO chosen',
  },
  { provider: 'gcp', region: 'us-west3', location: 'Salt Lake City, Utah', zone: 'US-NW-PACE' },
  { provider: 'gcp', region: 'us-west4', location: 'Las Vegas, Nevada', zone: 'US-NW-NEVP' },
  { provider: 'gcp', region: 'northamerica-northeast1', location: 'Montréal, Québec', zone: 'CA-QC' },
  { provider: 'gcp', region: 'northamerica-northeast2', location: 'Toronto, Ontario', zone: 'CA-ON' },
  { provider: 'gcp', region: 'northamerica-south1', location: 'Queretaro, Mexico', zone: 'MX' },
  { provider: 'gcp', region: 'southamerica-east1', location: 'Osasco, São Paulo, Brazil', zone: 'BR-CS' },
  { provider: 'gcp', region: 'southamerica-west1', location: 'Santiago, Chile', zone: 'CL-SEN' },
  { provider: 'gcp', region: 'europe-west1', location: 'St. Ghislain, Belgium', zone: 'BE' },
  { provider: 'gcp', region: 'europe-west2', location: 'London, England', zone: 'GB' },
  { provider: 'gcp', region: 'europe-west3', location: 'Frankfurt, Germany', zone: 'DE' },
  { provider: 'gcp', region: 'europe-west4', location: 'Eemshaven, Netherlands', zone: 'NL' },
  { provider: 'gcp', region: 'europe-west6', location: 'Zurich, Switzerland', zone: 'CH' },
  { provider: 'gcp', region: 'europe-west8', location: 'Milan, Italy', zone: 'IT-NO' },
  { provider: 'gcp', region: 'europe-west9', location: 'Paris, France', zone: 'FR' },
  { provider: 'gcp', region: 'europe-west10', location: 'Berlin, Germany', zone: 'DE' },
  { provider: 'gcp', region: 'europe-west12', location: 'Turin, Italy', zone: 'IT-NO' },
  { provider: 'gcp', region: 'europe-north1', location: 'Hamina, Finland', zone: 'FI' },
  { provider: 'gcp', region: 'europe-north2', location: 'Stockholm, Sweden', zone: 'SE-SE3' },
  { provider: 'gcp', region: 'europe-central2', location: 'Warsaw, Poland', zone: 'PL' },
  { provider: 'gcp', region: 'europe-southwest1', location: 'Madrid, Spain', zone: 'ES' },
  { provider: 'gcp', region: 'me-west1', location: 'Tel Aviv, Israel', zone: 'IL' },
  { provider: 'gcp', region: 'me-central1', location: 'Doha, Qatar', zone: 'QA' },
  { provider: 'gcp', region: 'me-central2', location: 'Dammam, Saudi Arabia', zone: 'SA' },
  { provider: 'gcp', region: 'africa-south1', location: 'Johannesburg, South Africa', zone: 'ZA' },
  { provider: 'gcp', region: 'asia-east1', location: 'Changhua County, Taiwan', zone: 'TW' },
  { provider: 'gcp', region: 'asia-east2', location: 'Hong Kong', zone: 'HK' },
  { provider: 'gcp', region: 'asia-northeast1', location: 'Tokyo, Japan', zone: 'JP-TK' },
  { provider: 'gcp', region: 'asia-northeast2', location: 'Osaka, Japan', zone: 'JP-KN' },
  { provider: 'gcp', region: 'asia-northeast3', location: 'Seoul, South Korea', zone: 'KR' },
  { provider: 'gcp', region: 'asia-south1', location: 'Mumbai, India', zone: 'IN-WE' },
  { provider: 'gcp', region: 'asia-south2', location: 'Delhi, India', zone: 'IN-NO' },
  { provider: 'gcp', region: 'asia-southeast1', location: 'Jurong West, Singapore', zone: 'SG' },
  { provider: 'gcp', region: 'asia-southeast2', location: 'Jakarta, Indonesia', zone: 'ID' },
  { provider: 'gcp', region: 'asia-southeast3', location: 'Bangkok, Thailand', zone: 'TH' },
  { provider: 'gcp', region: 'australia-southeast1', location: 'Sydney, Australia', zone: 'AU-NSW' },
  { provider: 'gcp', region: 'australia-southeast2', location: 'Melbourne, Australia', zone: 'AU-VIC' },

  // Microsoft Azure
  { provider: 'azure', region: 'eastus', location: 'Virginia', zone: PJM },
  { provider: 'azure', region: 'eastus2', location: 'Virginia', zone: PJM },
  {
    provider: 'azure',
    region: 'centralus',
    location: 'Iowa',
    zone: 'US-MIDW-MISO',
    note: 'Des Moines area, MidAmerican Energy (Midcontinent ISO)',
  },
  {
    provider: 'azure',
    region: 'northcentralus',
    location: 'Illinois',
    zone: PJM,
    note: 'Chicago area, Commonwealth Edison (PJM)',
  },
  { provider: 'azure', region: 'southcentralus', location: 'Texas', zone: 'US-TEX-ERCO' },
  { provider: 'azure', region: 'westus', location: 'California', zone: 'US-CAL-CISO' },
  {
    provider: 'azure',
    region: 'westus2',
    location: 'Washington',
    zone: 'US-NW-GCPD',
    note: 'Quincy, Grant County PUD',
  },
  {
    provider: 'azure',
    region: 'westus3',
    location: 'Arizona',
    zone: 'US-SW-AZPS',
    note: 'approximate: Phoenix metro area, Arizona Public Service chosen',
  },
  {
    provider: 'azure',
    region: 'westcentralus',
    location: 'Wyoming',
    zone: 'US-NW-WACM',
    note: 'approximate: Cheyenne, in the WAPA Rocky Mountain (WACM) balancing area',
  },
  { provider: 'azure', region: 'canadacentral', location: 'Toronto', zone: 'CA-ON' },
  { provider: 'azure', region: 'canadaeast', location: 'Quebec City', zone: 'CA-QC' },
  { provider: 'azure', region: 'mexicocentral', location: 'Querétaro State', zone: 'MX' },
  { provider: 'azure', region: 'brazilsouth', location: 'Sao Paulo State', zone: 'BR-CS' },
  {
    provider: 'azure',
    region: 'brazilsoutheast',
    location: 'Rio',
    zone: 'BR-CS',
    restricted: true,
    note: 'Rio de Janeiro lies in the South-East/Centre-West subsystem of the Brazilian grid',
  },
  { provider: 'azure', region: 'chilecentral', location: 'Santiago', zone: 'CL-SEN' },
  { provider: 'azure', region: 'northeurope', location: 'Ireland', zone: 'IE' },
  { provider: 'azure', region: 'westeurope', location: 'Netherlands', zone: 'NL' },
  { provider: 'azure', region: 'uksouth', location: 'London', zone: 'GB' },
  { provider: 'azure', region: 'ukwest', location: 'Cardiff', zone: 'GB' },
  { provider: 'azure', region: 'francecentral', location: 'Paris', zone: 'FR' },
  { provider: 'azure', region: 'francesouth', location: 'Marseille', zone: 'FR', restricted: true },
  { provider: 'azure', region: 'germanywestcentral', location: 'Frankfurt', zone: 'DE' },
  { provider: 'azure', region: 'germanynorth', location: 'Berlin', zone: 'DE', restricted: true },
  { provider: 'azure', region: 'belgiumcentral', location: 'Brussels', zone: 'BE' },
  { provider: 'azure', region: 'switzerlandnorth', location: 'Zurich', zone: 'CH' },
  { provider: 'azure', region: 'switzerlandwest', location: 'Geneva', zone: 'CH', restricted: true },
  { provider: 'azure', region: 'austriaeast', location: 'Vienna', zone: 'AT' },
  { provider: 'azure', region: 'norwayeast', location: 'Oslo', zone: 'NO-NO1' },
  {
    provider: 'azure',
    region: 'norwaywest',
    location: 'Norway',
    zone: 'NO-NO2',
    restricted: true,
    note:
      'approximate: Microsoft states only "Norway"; Norway West was announced for the greater Stavanger area ' +
      '(press coverage, 2018), in the NO2 (South-West Norway) bidding zone',
  },
  { provider: 'azure', region: 'swedencentral', location: 'Gävle', zone: 'SE-SE3' },
  {
    provider: 'azure',
    region: 'denmarkeast',
    location: 'Copenhagen',
    zone: 'DK-DK2',
    note: 'Copenhagen is on Zealand, in the DK2 (East Denmark) bidding zone',
  },
  { provider: 'azure', region: 'polandcentral', location: 'Warsaw', zone: 'PL' },
  { provider: 'azure', region: 'italynorth', location: 'Milan', zone: 'IT-NO' },
  { provider: 'azure', region: 'spaincentral', location: 'Madrid', zone: 'ES' },
  { provider: 'azure', region: 'israelcentral', location: 'Israel', zone: 'IL' },
  { provider: 'azure', region: 'qatarcentral', location: 'Doha', zone: 'QA' },
  { provider: 'azure', region: 'uaenorth', location: 'Dubai', zone: 'AE' },
  { provider: 'azure', region: 'uaecentral', location: 'Abu Dhabi', zone: 'AE', restricted: true },
  { provider: 'azure', region: 'southafricanorth', location: 'Johannesburg', zone: 'ZA' },
  { provider: 'azure', region: 'southafricawest', location: 'Cape Town', zone: 'ZA', restricted: true },
  { provider: 'azure', region: 'eastasia', location: 'Hong Kong', zone: 'HK' },
  { provider: 'azure', region: 'southeastasia', location: 'Singapore', zone: 'SG' },
  { provider: 'azure', region: 'indonesiacentral', location: 'Jakarta', zone: 'ID' },
  {
    provider: 'azure',
    region: 'malaysiawest',
    location: 'Kuala Lumpur',
    zone: 'MY-WM',
    note: 'Kuala Lumpur is on the Peninsular Malaysia grid',
  },
  { provider: 'azure', region: 'japaneast', location: 'Tokyo, Saitama', zone: 'JP-TK' },
  { provider: 'azure', region: 'japanwest', location: 'Osaka', zone: 'JP-KN' },
  { provider: 'azure', region: 'koreacentral', location: 'Seoul', zone: 'KR' },
  { provider: 'azure', region: 'koreasouth', location: 'Busan', zone: 'KR' },
  { provider: 'azure', region: 'centralindia', location: 'Pune', zone: 'IN-WE' },
  { provider: 'azure', region: 'westindia', location: 'Mumbai', zone: 'IN-WE' },
  { provider: 'azure', region: 'southindia', location: 'Chennai', zone: 'IN-SO' },
  { provider: 'azure', region: 'indiasouthcentral', location: 'Hyderabad', zone: 'IN-SO' },
  { provider: 'azure', region: 'australiaeast', location: 'New South Wales', zone: 'AU-NSW' },
  { provider: 'azure', region: 'australiasoutheast', location: 'Victoria', zone: 'AU-VIC' },
  {
    provider: 'azure',
    region: 'australiacentral',
    location: 'Canberra',
    zone: 'AU-NSW',
    note: 'the Australian Capital Territory is part of the New South Wales region of the National Electricity Market',
  },
  {
    provider: 'azure',
    region: 'australiacentral2',
    location: 'Canberra',
    zone: 'AU-NSW',
    restricted: true,
    note: 'the Australian Capital Territory is part of the New South Wales region of the National Electricity Market',
  },
  { provider: 'azure', region: 'newzealandnorth', location: 'Auckland', zone: 'NZ' },
];

// Left out, location not known well enough to place on a grid zone, or not a public region:
// - aws:us-gov-east-1 "AWS GovCloud (US-East)" and aws:us-gov-west-1 "AWS GovCloud (US-West)" (aws-us-gov partition,
//   for US government customers): AWS's description names no state, so no balancing authority can be chosen.
// - gcp:us-central2 "Oklahoma" and gcp:us-east2 "Georgia": only in Google's region-carbon-info data, not in the
//   Compute Engine public region list. If they are added, the likely zones are US-CENT-SWPP and US-SE-SOCO
//   (unverified).
// - gcp:us-west8: not found in any Google source.
// - azure:jioindiawest (Jamnagar) and azure:jioindiacentral (Nagpur): not on Microsoft's list of regions; known only
//   from third-party copies of `az account list-locations` output.
