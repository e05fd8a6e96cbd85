// The findings of any kind among $ids, with their study: what a suggestion may be rejected between.
UNWIND $ids AS key
MATCH (f:StudyPart {id: key})
WHERE f:Theme OR f:Mechanism OR f:Context OR f:Outcome OR f:CmoConfiguration OR f:Intervention OR f:Function OR f:Activity
RETURN f.id AS id, f.studyId AS studyId
