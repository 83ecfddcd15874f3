import { render } from 'preact';
import { App } from './App';
import '@/assets/base.css';

render(<App />, document.getElementById('app')!);
