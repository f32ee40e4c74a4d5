package org.tradedeal.tradedata.mapping;

import org.mapstruct.Mapper;
import org.tradedeal.tradedata.ImportBatch;
import org.tradedeal.tradedata.api.ImportResult;
import org.tradedeal.tradedata.api.ImportBatchView;
import org.tradedeal.tradedata.api.ImportResultView;

@Mapper
public interface ImportBatchMapper {

    ImportBatchView toView(ImportBatch batch);

    ImportResultView toView(ImportResult result);
}
