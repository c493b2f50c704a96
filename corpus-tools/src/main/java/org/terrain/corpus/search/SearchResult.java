package org.terrain.corpus.search;

import java.util.List;

/**
 * @param total     distinct matched spans in the whole corpus after filters (a phrase is one span)
 * @param documents sources with at least one
 * @param hits      the first ones in corpus order (source name, then position), up to the request's limit
 */
public record SearchResult(long total, int documents, List<SearchHit> hits) {
}
