/** Bad input to a review (a ref that does not exist, histories without a merge-base): the CLI prints it as one line and exits 2. */
export class ReviewInputError extends Error {}
