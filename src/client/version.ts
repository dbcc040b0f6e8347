/** The package version, sent in the User-Agent. A test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** `pictory-jsx/<version> node/<version> <platform>`: explicit, since Pictory's CDN rejects some defaults. */
export const USER_AGENT = `pictory-jsx/${VERSION} node/${process.versions.node} ${process.platform}`;
