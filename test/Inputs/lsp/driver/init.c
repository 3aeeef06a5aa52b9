#include "driver.h"

void Setup(struct ext *Ext)
{
	StorPortInitializeDpc(Ext, &Ext->Completion, CompletionDpc);
	StorPortInitializeDpc(Ext, &Ext->Reset, ResetDpc);
}
