// Made-up articles for the extractor's tests: a text and a publication day, nothing else.
import type { Article } from '../types.js';
import { extractArticle } from '../pipeline/extract-article.js';

export const testArticle = (text: string, published = '2024-05-14'): Article => ({ id: 't', title: null, outlet: null, url: null, published, text, hash: 'h', origin: 'test' });

export const extractText = (text: string, published?: string) => extractArticle(testArticle(text, published));
