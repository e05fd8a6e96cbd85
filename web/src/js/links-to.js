// Where a participant, a theme or a study opens: a participant's cogs, a theme's place in the study
// explorer. Pure; unit-tested by node --test.

/** The study of a global id ({study}/{local id}). */
export const studyOf = (id) => (id && id.includes('/') ? id.slice(0, id.indexOf('/')) : id || '');

/** The local part of a global id. */
export const localOf = (id) => (id && id.includes('/') ? id.slice(id.indexOf('/') + 1) : id || '');

/** The cogs page for one participant. */
export const participantHref = (participantId) =>
  `/?study=${encodeURIComponent(studyOf(participantId))}&participant=${encodeURIComponent(participantId)}`;

/** The explorer's element id for a theme (local ids are unique within a study, and have no '/'). */
export const themeAnchor = (themeId) => `theme-${localOf(themeId)}`;

/** A theme in its study's explorer. */
export const themeHref = (themeId) => `/study.html?id=${encodeURIComponent(studyOf(themeId))}#${themeAnchor(themeId)}`;

export const studyHref = (studyId) => `/study.html?id=${encodeURIComponent(studyId)}`;
