#error this older version must not be picked
