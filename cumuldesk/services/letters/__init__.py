"""Letters of a case without Qt: drafting in the applicant's language and the words they use."""
