// Placeholder: the reader registry lands here.
#include "common/readers/reader.h"
