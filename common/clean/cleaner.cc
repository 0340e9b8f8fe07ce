// Placeholder: the cleaner lands here.
#include "common/clean/cleaner.h"
