// Links join findings of every kind (issue 8): contexts, outcomes, interventions, functions and activities
// stored before this migration get the Finding label that themes, mechanisms and CMO configurations carry.
MATCH (n:StudyPart)
WHERE n:Context OR n:Outcome OR n:Intervention OR n:Function OR n:Activity
SET n:Finding
