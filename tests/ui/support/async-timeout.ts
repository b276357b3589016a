import { configure } from '@testing-library/react';

// findBy… and waitFor give up after 1 s by default: on a loaded two-core machine a render that
// waits its turn for a core can take longer than that. A test that passes waits no longer.
configure({ asyncUtilTimeout: 20_000 });
