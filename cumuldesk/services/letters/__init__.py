"""Letters of a case without Qt: drafting in the applicant's language and the words they
use (`drafting`, `texts`), storing and finalising (`store`), what the letters dialog and
`cumuldesk letter` read (`setup`)."""
