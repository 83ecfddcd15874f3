import { render } from 'preact';
import { App } from './App';
import '@/assets/base.css';
import '@/assets/pages.css';

render(<App />, document.getElementById('app')!);
