// Closed word lists the detectors share. Lower case.

/** Forms of "be": the auxiliary of the full passive ("were shot", "has been destroyed"). */
export const BE_FORMS = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m',
  'isn', 'aren', 'wasn', 'weren',
]);

/** Forms of "get": the get-passive ("got fired", "getting arrested"). */
export const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/** Forms of "have": the perfect ("have killed") is active, not passive. */
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "'ve", '’ve', "'d", '’d']);

/** Words that may stand between an auxiliary and its participle ("was only asked"). */
export const ADVERB_TAGS = new Set(['RB', 'RBR', 'RBS']);

/** Coordinators joining participles ("were arrested and beaten"). */
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor', '&']);

/** Days, months and the like: "killed Saturday" is not "killed (something called) Saturday". */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'overnight', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.',
  'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'last', 'this',
  'weekend', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'dawn', 'week',
  'month', 'year', 'end', 'time', 'then', 'now',
]);
