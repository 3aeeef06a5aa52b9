#include "dpcs.h"
void Kick(PTEST_EXT ext, int q)
{
	StorPortIssueDpc(ext, &ext->Completion, 0, 0);
	StorPortIssueDpc(ext, &ext->PerQueue[q], 0, 0);
}
