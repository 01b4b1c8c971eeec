package vn.da06.submission;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** The step's processor: one {@link WorkbookProcessor} decision per inbox file, made ahead by {@link ProcessingAhead}. */
class ImportItemProcessor implements ItemProcessor<InboxFile, ImportOutcome> {

    private final ProcessingAhead ahead;

    ImportItemProcessor(ProcessingAhead ahead) {
        this.ahead = ahead;
    }

    @Override
    public ImportOutcome process(InboxFile file) {
        return ahead.outcome(file);
    }
}
