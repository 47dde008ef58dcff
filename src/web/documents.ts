/**
 * The documents the site publishes: the collection named in the integration's options.
 * Astro types collections by their names in content.config.ts; the integration's collection
 * name is only known at run time, so it is typed here once as the documents collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:gongwen/config';

export type DocumentEntry = CollectionEntry<'documents'>;

export function documents(): Promise<DocumentEntry[]> {
  return getCollection(config.collection as 'documents');
}
